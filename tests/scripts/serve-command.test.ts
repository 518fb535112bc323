import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SERVER_PROCESS_ENV, serveCommand } from '../support/serve-command'

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

describe('the production server command', () => {
  it('is stock `next start`, with its settings in the environment, which the tests and the bench start alike', () => {
    expect(scripts.start).toMatch(/ next start$/)
    expect(scripts.start).toContain('node scripts/build-if-changed.mjs')
    // A V8 heap flag here would apply to the render workers too, over the heap the renderer gives each (issue 21, item 3).
    expect(SERVER_PROCESS_ENV.NODE_OPTIONS).toBeUndefined()
    expect(serveCommand(3123).args.slice(1, 2)).toEqual(['start'])
    expect(serveCommand(3123).env).toMatchObject({ ...SERVER_PROCESS_ENV, PORT: '3123' })
  })
})
