import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RENDER_MODES } from '@/lib/pdf/render-pool'
import { SERVER_ENTRY, SERVER_GC_FLAGS, SERVER_NODE_FLAGS, SERVER_PROCESS_ENV } from '../support/serve-command'

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

describe('the production server command', () => {
  it('is the one the tests and the bench start: `npm start` serves with the same V8 flags and environment', () => {
    const environment = Object.entries(SERVER_PROCESS_ENV).map(([name, value]) => `${name}=${value}`)
    expect(scripts.serve).toContain(`${environment.join(' ')} node ${SERVER_NODE_FLAGS.join(' ')} ${SERVER_ENTRY}`)
    expect(scripts.start).toMatch(/&& npm run serve$/)
  })

  it('is what `npm run bench` renders with in-process: the fast workers\' young generation, as V8 sizes it, and the same collector flags', () => {
    // V8 makes each of the young generation's halves a third of it, rounded up to a power of two.
    const semiSpaceMb = 2 ** Math.ceil(Math.log2(RENDER_MODES.fast.youngGenerationMb / 3))
    expect(scripts.bench).toContain(`--max-semi-space-size=${semiSpaceMb} ${SERVER_GC_FLAGS.join(' ')}`)
  })
})
