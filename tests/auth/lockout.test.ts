import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '@/generated/prisma/client'
import { LOCK_AFTER_FAILURES } from '@/lib/data/sign-in-throttle'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { migrateDatabase } from '../support/migrated-database'

// One database for the whole file, since lib/db's client is made once: a folder of its own, removed at the end.
const folder = mkdtempSync(path.join(tmpdir(), 'lockout-'))
afterAll(async () => {
  await db?.$disconnect()
  rmSync(folder, { recursive: true, force: true })
})

let db: PrismaClient
let authorize: (credentials: Record<string, string>, request: unknown) => Promise<unknown>
let recordSignInFailure: typeof import('@/lib/data/sign-in-throttle').recordSignInFailure
let resetUserPassword: typeof import('@/lib/data/clinic-users').resetUserPassword
let changeOwnPassword: typeof import('@/lib/data/change-own-password').changeOwnPassword
let ZPasswordChange: typeof import('@/lib/data/change-own-password').ZPasswordChange

beforeAll(async () => {
  // lib/env and lib/db read the environment once, at import: point them at this file's own database first.
  process.env.DATABASE_URL = migrateDatabase(path.join(folder, 'app.db'))
  process.env.NEXTAUTH_SECRET = 'test-only-secret-0123456789abcdefghijklmnop'
  process.env.NEXTAUTH_URL = 'http://localhost:3000'
  ;({ db } = await import('@/lib/db'))
  await (await import('@/lib/data/seed-demo-data')).seedDemoData(db)
  const { authOptions } = await import('@/lib/auth/options')
  // next-auth keeps the options given to CredentialsProvider, our authorize among them, under `options`.
  authorize = (authOptions.providers.find((provider) => provider.id === 'credentials') as unknown as { options: { authorize: typeof authorize } }).options.authorize
  ;({ recordSignInFailure } = await import('@/lib/data/sign-in-throttle'))
  ;({ resetUserPassword } = await import('@/lib/data/clinic-users'))
  ;({ changeOwnPassword, ZPasswordChange } = await import('@/lib/data/change-own-password'))
}, 120_000)

/** A sign-in from the owner's own computer, as next-auth hands it to authorize. */
const signIn = (password: string) => authorize({ email: DEMO_ACCOUNTS.clinician.email, password }, { headers: {} })
/** Someone elsewhere who knows the email guesses until the account locks. */
async function strangerLocksTheAccount() {
  for (let guess = 0; guess < LOCK_AFTER_FAILURES; guess++) await recordSignInFailure(db, { email: DEMO_ACCOUNTS.clinician.email, address: '203.0.113.66' })
}

describe('an account locked by a stranger who knows its email (issue 20, item 12)', () => {
  it('stays locked to its own password, but lets its owner back in on a one-time password from the clinic admin, however often the stranger locks it again', async () => {
    await strangerLocksTheAccount()
    // The lock holds: the right password is refused, saying so.
    await expect(signIn(DEMO_ACCOUNTS.clinician.password)).rejects.toThrow(/Too many sign-in attempts/)

    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email } })
    const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.clinician.email } })
    const { oneTimePassword } = await resetUserPassword(db, { clinicId: admin.clinicId }, { userId: owner.id })
    await strangerLocksTheAccount()

    expect(await signIn(oneTimePassword)).toMatchObject({ id: owner.id })

    // Still locked when the owner, now signed in, chooses their own password.
    await strangerLocksTheAccount()
    const input = ZPasswordChange.parse({ currentPassword: oneTimePassword, newPassword: 'my own new password', confirmPassword: 'my own new password' })
    await changeOwnPassword(db, { userId: owner.id, clinicId: owner.clinicId }, input)
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({ mustChangePassword: false })

    // Once it is their own password again, the lock applies as before: the trade-off docs/security.md states.
    await expect(signIn('my own new password')).rejects.toThrow(/Too many sign-in attempts/)
  })

  it('still counts wrong guesses at a one-time password', async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email } })
    const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.clinician.email } })
    await resetUserPassword(db, { clinicId: admin.clinicId }, { userId: owner.id })
    expect(await signIn('aaaa-bbbb-cccc-dddd')).toBeNull()
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: `email:${owner.email}` } })).failures).toBe(1)
  })
})
