import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createPrismaClient } from '@/lib/db'
import { prepareDatabase, startAppServer, type TAppServer } from '../support/app-server'
import { freePort } from '../support/free-port'

const SECRET = 'test-only-secret-0123456789abcdefghijklmnop'

/** A password sign-in over HTTP as the sign-in form makes it; the error it got back, or 'ok'. */
async function attemptSignIn(baseUrl: string, email: string, headers: Record<string, string> = {}): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers })
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const cookie = csrf.headers.getSetCookie().map((one) => one.split(';', 1)[0]).join('; ')
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, email, password: 'not the password at all', json: 'true' }),
  })
  expect(response.status).toBeLessThan(500)
  const { url } = (await response.json()) as { url: string }
  return new URL(url).searchParams.get('error') ?? 'ok'
}

/** A production server of its own, on a database of its own, so its address limits touch no other test. */
function ownServer() {
  const dirs: string[] = []
  const servers: TAppServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.stop()))
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return async (env: Record<string, string> = {}) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sign-in-address-'))
    dirs.push(dir)
    const databaseUrl = await prepareDatabase(path.join(dir, 'app.db'))
    const port = await freePort()
    const server = await startAppServer({ port, env: { DATABASE_URL: databaseUrl, NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXTAUTH_SECRET: SECRET, PDF_RENDER_MODE: 'lean', ...env } })
    servers.push(server)
    return { baseUrl: server.baseUrl, databaseUrl }
  }
}

async function throttleRows(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl)
  try {
    return await db.signInThrottle.findMany({ orderBy: { key: 'asc' } })
  } finally {
    await db.$disconnect()
  }
}

describe('sign-in limits per address (issue 20, items 5 and 9)', () => {
  const startServer = ownServer()

  it('count the connection’s address, not one the client claims in any header, and a spray of attempts leaves a bounded table', async () => {
    const { baseUrl, databaseUrl } = await startServer()
    const errors: string[] = []
    for (let index = 0; index < 15; index++) {
      // A new account and a new claimed address each time, in X-Forwarded-For (one address, as Next itself would write it) and every other header.
      const claimed = `198.51.100.${index}`
      errors.push(await attemptSignIn(baseUrl, `guess-${index}@demo-clinic.test`, { 'x-forwarded-for': claimed, 'x-real-ip': claimed, 'x-client-ip': claimed, 'x-handout-client-address': claimed }))
    }
    expect(errors.slice(0, 10)).toEqual(Array(10).fill('CredentialsSignin'))
    expect(errors.slice(10).every((error) => error.startsWith('Too many sign-in attempts'))).toBe(true)

    // Many more, each with a new email and a new X-Forwarded-For list: still the one connection, refused past the limit, leaving no row.
    for (let index = 15; index < 115; index++) await attemptSignIn(baseUrl, `spray-${index}@demo-clinic.test`, { 'x-forwarded-for': `203.0.113.${index}, 198.51.100.1` })
    const rows = await throttleRows(databaseUrl)
    const addresses = rows.filter((row) => row.key.startsWith('ip:'))
    // No row for any claimed address: a client can neither spread its attempts nor spend another address's.
    expect(addresses.map((row) => row.key)).toEqual(['ip:127.0.0.1'])
    expect(rows.length).toBe(addresses.reduce((total, row) => total + row.failures, 0) + addresses.length)
    expect(rows.length).toBeLessThan(45)
  }, 120_000)

  it('behind a proxy (TRUST_PROXY_HOPS=1), count the address that proxy appended', async () => {
    const { baseUrl, databaseUrl } = await startServer({ TRUST_PROXY_HOPS: '1' })
    await attemptSignIn(baseUrl, 'a@demo-clinic.test', { 'x-forwarded-for': '1.1.1.1, 203.0.113.7' })
    await attemptSignIn(baseUrl, 'b@demo-clinic.test', { 'x-forwarded-for': '203.0.113.8' })
    const keys = (await throttleRows(databaseUrl)).map((row) => row.key).filter((key) => key.startsWith('ip:'))
    expect(keys).toEqual(['ip:203.0.113.7', 'ip:203.0.113.8'])
  }, 120_000)
})
