import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { NextAuthOptions } from 'next-auth'
import type { JWT } from 'next-auth/jwt'
import type { PrismaClient } from '@/generated/prisma/client'
import { migrateDatabase } from '../support/migrated-database'

// One database for the whole file, since lib/db's client is made once: a folder of its own, removed at the end.
const folder = mkdtempSync(path.join(tmpdir(), 'session-user-'))
afterAll(async () => {
  await db?.$disconnect()
  rmSync(folder, { recursive: true, force: true })
})
const SECRET = 'test-only-secret-0123456789abcdefghijklmnop'
const COOKIE = 'next-auth.session-token'

let db: PrismaClient
let getRequestUser: typeof import('@/lib/auth/session-user').getRequestUser
let encode: typeof import('@/lib/auth/session-token').sessionToken.encode
let authOptions: typeof import('@/lib/auth/options').authOptions
let userId: string
let clinicId: string

const requestWith = (headers: Record<string, string>) => new Request('http://localhost:3000/api/handouts/pdf', { method: 'POST', headers })

/** Signs in as next-auth does after a right password: the jwt callback with the user makes the token (and the session's row). */
async function signIn(id: string): Promise<JWT> {
  return authOptions.callbacks!.jwt!({ token: {}, user: { id }, account: null } as Parameters<NonNullable<NonNullable<NextAuthOptions['callbacks']>['jwt']>>[0])
}
/** The session cookie of a token. Sealed to last 30 days, as next-auth's default did: only the session's row may end it sooner. */
const cookieOf = async (token: JWT) => `${COOKIE}=${await encode({ token, secret: SECRET, maxAge: 30 * 24 * 60 * 60 })}`
const tokenFor = async (id: string) => (await cookieOf(await signIn(id))).slice(COOKIE.length + 1)
/** What GET /api/auth/session does with a cookie's token: the jwt callback, then the session callback. */
async function refreshSession(token: JWT) {
  const refreshed = await authOptions.callbacks!.jwt!({ token } as Parameters<NonNullable<NonNullable<NextAuthOptions['callbacks']>['jwt']>>[0])
  return authOptions.callbacks!.session!({ session: { user: {}, expires: new Date(Date.now() + 8 * 3600_000).toISOString() }, token: refreshed } as never) as Promise<{ expires: string }>
}

beforeAll(async () => {
  // lib/env and lib/db read the environment once, at import: point them at this file's own database first.
  process.env.DATABASE_URL = migrateDatabase(path.join(folder, 'app.db'))
  process.env.NEXTAUTH_SECRET = SECRET
  process.env.NEXTAUTH_URL = 'http://localhost:3000'
  // An 8-hour session and a 30-minute idle timeout, made a minute and 20 seconds.
  process.env.SESSION_MAX_AGE_SECONDS = '60'
  process.env.SESSION_IDLE_SECONDS = '20'
  ;({ db } = await import('@/lib/db'))
  ;({ getRequestUser } = await import('@/lib/auth/session-user'))
  encode = (await import('@/lib/auth/session-token')).sessionToken.encode
  ;({ authOptions } = await import('@/lib/auth/options'))
  const clinic = await db.clinic.create({ data: { name: 'North Clinic', phone: '555-0100', address: '1 Main St' } })
  clinicId = clinic.id
  userId = (await db.user.create({ data: { clinicId, email: 'dana@north.test', name: 'Dana', passwordHash: 'x' } })).id
  // Migrating with the Prisma CLI and loading next-auth take a while on a busy machine.
}, 120_000)

describe('the signed-in user of a plain request (the PDF routes)', () => {
  it('is the session cookie\'s user, with their clinic, as the database has them now', async () => {
    const user = await getRequestUser(requestWith({ cookie: `theme=dark; ${COOKIE}=${await tokenFor(userId)}` }))
    expect(user).toMatchObject({ id: userId, name: 'Dana', clinic: { name: 'North Clinic' } })
  })

  it('reads a repeated cookie as Next\'s own parser does, so pages and the PDF route agree: the last one counts', async () => {
    const token = await tokenFor(userId)
    expect(await getRequestUser(requestWith({ cookie: `${COOKIE}=not-a-token; ${COOKIE}=${token}` }))).toMatchObject({ id: userId })
    expect(await getRequestUser(requestWith({ cookie: `${COOKIE}=${token}; ${COOKIE}=not-a-token` }))).toBeNull()
  })

  it('leaves the body unread, for the route to read after the check', async () => {
    const request = new Request('http://localhost:3000/api/handouts/pdf', { method: 'POST', headers: { cookie: `${COOKIE}=${await tokenFor(userId)}` }, body: '{"group":"senior"}' })
    expect(await getRequestUser(request)).toMatchObject({ id: userId })
    expect(await request.json()).toEqual({ group: 'senior' })
  })

  it('takes the session from its cookie only: a token in an Authorization header is not a session', async () => {
    expect(await getRequestUser(requestWith({ authorization: `Bearer ${await tokenFor(userId)}` }))).toBeNull()
    expect(await getRequestUser(requestWith({}))).toBeNull()
  })

  it('refuses a disabled account, and a one-time password except where allowed', async () => {
    const cookie = `${COOKIE}=${await tokenFor(userId)}`
    await db.user.update({ where: { id: userId }, data: { mustChangePassword: true } })
    expect(await getRequestUser(requestWith({ cookie }))).toBeNull()
    expect(await getRequestUser(requestWith({ cookie }), { allowPendingPassword: true })).toMatchObject({ id: userId })
    await db.user.update({ where: { id: userId }, data: { mustChangePassword: false, disabledAt: new Date() } })
    expect(await getRequestUser(requestWith({ cookie }))).toBeNull()
    await db.user.update({ where: { id: userId }, data: { disabledAt: null } })
  })

  it('refuses a token without a session (one sealed before sessions were rows, or forged with the secret)', async () => {
    const token = await encode({ token: { userId, clinicId, role: 'clinician', signedInAt: Date.now() }, secret: SECRET })
    expect(await getRequestUser(requestWith({ cookie: `${COOKIE}=${token}` }))).toBeNull()
  })
})

describe('sessions that end when promised (issue 20, item 1)', () => {
  const T0 = new Date('2026-12-07T09:00:00Z')
  const at = (seconds: number) => vi.setSystemTime(new Date(T0.getTime() + seconds * 1000))
  afterEach(() => {
    vi.useRealTimers()
  })

  it('refuses a copied cookie as soon as its session signs out, while the user’s other sessions go on', async () => {
    const token = await signIn(userId)
    const copied = await cookieOf(token)
    const elsewhere = await cookieOf(await signIn(userId))
    expect(await getRequestUser(requestWith({ cookie: copied }))).toMatchObject({ id: userId })

    await authOptions.events!.signOut!({ token } as never)

    expect(await getRequestUser(requestWith({ cookie: copied }))).toBeNull()
    await expect(refreshSession(token)).rejects.toThrow('session ended')
    expect(await getRequestUser(requestWith({ cookie: elsewhere }))).toMatchObject({ id: userId })
  })

  it('refuses a session past its absolute lifetime, though used every few seconds and refreshed through /api/auth/session', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(0)
    const token = await signIn(userId)
    const cookie = await cookieOf(token)
    for (const second of [10, 20, 30, 40, 50, 59]) {
      at(second)
      expect(await getRequestUser(requestWith({ cookie })), `at ${second} s`).toMatchObject({ id: userId })
      // Each refresh still names the end fixed at sign-in, not "now plus 8 hours".
      expect((await refreshSession(token)).expires).toBe(new Date(T0.getTime() + 60_000).toISOString())
    }
    at(60)
    expect(await getRequestUser(requestWith({ cookie }))).toBeNull()
    await expect(refreshSession(token)).rejects.toThrow('session ended')
  })

  it('refuses a session left idle past the idle timeout; asking /api/auth/session is not activity', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    at(0)
    const token = await signIn(userId)
    const cookie = await cookieOf(token)
    at(15)
    expect(await getRequestUser(requestWith({ cookie }))).toMatchObject({ id: userId })
    at(30)
    await refreshSession(token)
    at(35)
    expect(await getRequestUser(requestWith({ cookie }))).toBeNull()
  })
})
