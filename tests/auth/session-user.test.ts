import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
let userId: string
let clinicId: string

const requestWith = (headers: Record<string, string>) => new Request('http://localhost:3000/api/handouts/pdf', { method: 'POST', headers })
const tokenFor = (id: string, signedInAt = Date.now()) => encode({ token: { userId: id, clinicId, role: 'clinician', signedInAt }, secret: SECRET })

beforeAll(async () => {
  // lib/env and lib/db read the environment once, at import: point them at this file's own database first.
  process.env.DATABASE_URL = migrateDatabase(path.join(folder, 'app.db'))
  process.env.NEXTAUTH_SECRET = SECRET
  process.env.NEXTAUTH_URL = 'http://localhost:3000'
  ;({ db } = await import('@/lib/db'))
  ;({ getRequestUser } = await import('@/lib/auth/session-user'))
  encode = (await import('@/lib/auth/session-token')).sessionToken.encode
  const clinic = await db.clinic.create({ data: { name: 'North Clinic', phone: '555-0100', address: '1 Main St' } })
  clinicId = clinic.id
  userId = (await db.user.create({ data: { clinicId, email: 'dana@north.test', name: 'Dana', passwordHash: 'x' } })).id
})

describe('the signed-in user of a plain request (the production server\'s PDF route)', () => {
  it('is the session cookie\'s user, with their clinic, as the database has them now', async () => {
    const user = await getRequestUser(requestWith({ cookie: `theme=dark; ${COOKIE}=${await tokenFor(userId)}` }))
    expect(user).toMatchObject({ id: userId, name: 'Dana', clinic: { name: 'North Clinic' } })
  })

  it('reads a repeated cookie as Next\'s own parser does, so pages and the PDF route agree: the last one counts', async () => {
    const token = await tokenFor(userId)
    expect(await getRequestUser(requestWith({ cookie: `${COOKIE}=not-a-token; ${COOKIE}=${token}` }))).toMatchObject({ id: userId })
    expect(await getRequestUser(requestWith({ cookie: `${COOKIE}=${token}; ${COOKIE}=not-a-token` }))).toBeNull()
  })

  it('takes the session from its cookie only: a token in an Authorization header is not a session', async () => {
    expect(await getRequestUser(requestWith({ authorization: `Bearer ${await tokenFor(userId)}` }))).toBeNull()
    expect(await getRequestUser(requestWith({}))).toBeNull()
  })

  it('refuses a disabled account, a session older than a password change, and a one-time password except where allowed', async () => {
    const signedInAt = Date.now() - 60_000
    const cookie = `${COOKIE}=${await tokenFor(userId, signedInAt)}`
    await db.user.update({ where: { id: userId }, data: { sessionsValidAfter: new Date() } })
    expect(await getRequestUser(requestWith({ cookie }))).toBeNull()
    await db.user.update({ where: { id: userId }, data: { sessionsValidAfter: null, mustChangePassword: true } })
    expect(await getRequestUser(requestWith({ cookie }))).toBeNull()
    expect(await getRequestUser(requestWith({ cookie }), { allowPendingPassword: true })).toMatchObject({ id: userId })
    await db.user.update({ where: { id: userId }, data: { mustChangePassword: false, disabledAt: new Date() } })
    expect(await getRequestUser(requestWith({ cookie }))).toBeNull()
  })
})
