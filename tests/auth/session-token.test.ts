import { decode, encode, type JWT } from 'next-auth/jwt'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sessionToken } from '@/lib/auth/session-token'

const secret = 'a-session-secret-that-is-long-enough-0123456789'
const token: JWT = { userId: 'u1', clinicId: 'c1', role: 'clinician', signedInAt: 1_700_000_000_000 }

describe('the session token', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it("is next-auth's own format: each reads the other's tokens, so sessions survive the change", async () => {
    const ours = await sessionToken.encode({ token, secret, maxAge: 60 })
    expect(await decode({ token: ours, secret })).toMatchObject(token)
    const theirs = await encode({ token, secret, maxAge: 60 })
    expect(await sessionToken.decode({ token: theirs, secret })).toMatchObject(token)
    // The same holds for next-auth's other tokens, which carry a salt.
    const salted = await encode({ token, secret, salt: 'authjs.state' })
    expect(await sessionToken.decode({ token: salted, secret, salt: 'authjs.state' })).toMatchObject(token)
  })

  it('expires after maxAge and is refused under another secret or salt', async () => {
    const now = Date.now()
    const ours = await sessionToken.encode({ token, secret, maxAge: 60 })
    const payload = await sessionToken.decode({ token: ours, secret })
    expect(payload?.exp).toBeGreaterThanOrEqual(Math.floor(now / 1000) + 60)
    expect(payload?.exp).toBeLessThanOrEqual(Math.floor(now / 1000) + 61)
    expect(payload?.jti).toMatch(/^[0-9a-f-]{36}$/)
    await expect(sessionToken.decode({ token: ours, secret: `${secret}-other` })).rejects.toThrow()
    await expect(sessionToken.decode({ token: ours, secret, salt: 'other' })).rejects.toThrow()
    await expect(decode({ token: ours, secret: Buffer.from(`${secret}-other`) })).rejects.toThrow()
    vi.useFakeTimers({ now: now + 120_000, toFake: ['Date'] })
    await expect(sessionToken.decode({ token: ours, secret })).rejects.toThrow(/exp/)
  })

  it('reads no token as no session', async () => {
    expect(await sessionToken.decode({ token: '', secret })).toBeNull()
    expect(await sessionToken.decode({ token: undefined, secret })).toBeNull()
  })
})
