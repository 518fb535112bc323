import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RENDER_MODES } from '@/lib/pdf/render-pool'
import { SERVER_PROCESS_ENV, serveCommand } from '../support/serve-command'

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

describe('the production server command', () => {
  it('is stock `next start`, with its settings in NODE_OPTIONS and the environment, which the tests and the bench start alike', () => {
    expect(scripts.start).toMatch(/ next start$/)
    expect(scripts.start).toContain('node scripts/build-if-changed.mjs')
    expect(SERVER_PROCESS_ENV.NODE_OPTIONS).toMatch(/^--max-semi-space-size=\d+$/)
    expect(serveCommand(3123).args.slice(1, 2)).toEqual(['start'])
    expect(serveCommand(3123).env).toMatchObject({ ...SERVER_PROCESS_ENV, PORT: '3123' })
  })

  it('is what `npm run bench` renders with in-process: the fast workers\' young generation, as V8 sizes it', () => {
    // V8 makes each of the young generation's halves a third of it, rounded up to a power of two.
    const semiSpaceMb = 2 ** Math.ceil(Math.log2(RENDER_MODES.fast.youngGenerationMb / 3))
    expect(scripts.bench).toContain(`--max-semi-space-size=${semiSpaceMb} `)
  })
})
