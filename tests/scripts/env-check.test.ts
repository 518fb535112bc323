import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { localBin } from '../support/local-bin'
import { createTempDirs } from '../support/temp-dir'

const tempDir = createTempDirs('env-check')
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

function envCheck(env: Record<string, string>) {
  // Only what the check needs, as for the production server: the test runner's own variables and secrets must not leak in.
  const result = spawnSync(localBin('tsx'), ['scripts/check-env.ts'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env } })
  return { status: result.status, stderr: result.stderr }
}

describe('npm run env:check', () => {
  it('comes first in `npm start` and `npm run dev`, before the database is migrated', () => {
    expect(scripts.start).toMatch(/^npm run env:check && npm run db:migrate && /)
    expect(scripts.dev).toMatch(/^npm run env:check && npm run db:migrate && /)
  })

  it('stops naming each wrong variable, and writes nothing', () => {
    const folder = path.join(tempDir(), 'data')
    const { status, stderr } = envCheck({ DATABASE_URL: `file:${folder}/app.db`, PDF_RENDER_MODE: 'turbo', NEXTAUTH_URL: 'not a url' })
    expect(status).toBe(1)
    expect(stderr).toContain('PDF_RENDER_MODE: Invalid option: expected one of "fast"|"lean"')
    expect(stderr).toContain('NEXTAUTH_URL: must be the http(s) origin the app is served on')
    expect(stderr).not.toMatch(/\n\s+at /) // a message, not a stack trace
    expect(existsSync(folder)).toBe(false)
  })

  it('passes a good environment, keeping the local secret the server will use', () => {
    const folder = path.join(tempDir(), 'data')
    const { status, stderr } = envCheck({ DATABASE_URL: `file:${folder}/app.db` })
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
    expect(readFileSync(path.join(folder, '.auth-secret'), 'utf8').trim().length).toBeGreaterThanOrEqual(32)
  })
})
