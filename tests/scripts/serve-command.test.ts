import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { NEXT_BIN, SERVER_NODE_FLAGS, SERVER_PROCESS_ENV } from '../support/next-start'

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

describe('the production server command', () => {
  it('is the one the tests and the bench start: `npm start` serves with the same V8 flags and environment', () => {
    const environment = Object.entries(SERVER_PROCESS_ENV).map(([name, value]) => `${name}=${value}`)
    expect(scripts.serve).toContain(`${environment.join(' ')} node ${SERVER_NODE_FLAGS.join(' ')} ${NEXT_BIN} start`)
    expect(scripts.start).toMatch(/&& npm run serve$/)
  })
})
