import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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
})
