import { describe, expect, inject, it } from 'vitest'
import { startAppServer } from '../support/app-server'
import { freePort } from '../support/free-port'

describe('starting the server', () => {
  it('stops with the variable named when the environment is wrong, instead of serving errors', async () => {
    const env = { DATABASE_URL: inject('databaseUrl'), NEXTAUTH_SECRET: 'test-only-secret-0123456789abcdefghijklmnop', PDF_RENDER_MODE: 'turbo' }
    await expect(startAppServer({ port: await freePort(), env })).rejects.toThrow(/exited with 1:[\s\S]*PDF_RENDER_MODE: Invalid option: expected one of "fast"\|"lean"/)
  }, 60_000)
})
