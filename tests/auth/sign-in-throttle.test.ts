import { describe, expect, it } from 'vitest'
import { ZNewPassword } from '@/lib/data/password-rules'
import { delayAfter, FORGET_AFTER_MS, LOCK_AFTER_FAILURES, LOCK_MS, oneAttemptAtATime, recordSignInFailure, recordSignInSuccess, signInWaitMs, unlockAccount, type TSignInSource } from '@/lib/data/sign-in-throttle'
import { DEMO_ACCOUNTS, seedDemoData } from '@/lib/data/seed-demo-data'
import { createPrismaClient } from '@/lib/db'
import type { PrismaClient } from '@/generated/prisma/client'
import { newTestDatabaseUrl, testDatabaseProvider } from '../support/test-database'
import { createTempDirs } from '../support/temp-dir'

const tempDir = createTempDirs('throttle')
const T0 = new Date('2026-11-26T10:00:00Z')
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000)
const source = { email: DEMO_ACCOUNTS.clinician.email, address: '203.0.113.7' }

describe('sign-in throttling', () => {
  it('lets the first failures through, then makes each wait twice as long', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((failures) => delayAfter(failures, 3))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000])
    expect(delayAfter(30, 3)).toBe(5 * 60_000)
  })

  it('slows an account down, locks it after repeated failures, and the lock survives a restart', async () => {
    const url = await newTestDatabaseUrl(tempDir())
    const db = createPrismaClient(url)
    await seedDemoData(db)
    for (let failure = 0; failure < 3; failure++) await recordSignInFailure(db, source, at(failure))
    expect(await signInWaitMs(db, source, at(3))).toBe(0)
    await recordSignInFailure(db, source, at(3))
    expect(await signInWaitMs(db, source, at(3))).toBe(2000)
    expect(await signInWaitMs(db, { ...source, email: 'Someone.Else@demo-clinic.test' }, at(3))).toBe(0)

    let result = { isLocked: false }
    for (let failure = 4; failure < LOCK_AFTER_FAILURES; failure++) result = await recordSignInFailure(db, source, at(600 * failure))
    expect(result.isLocked).toBe(true)
    await db.$disconnect()

    const restarted = createPrismaClient(url)
    const lockedAt = at(600 * (LOCK_AFTER_FAILURES - 1))
    expect(await signInWaitMs(restarted, { ...source, email: source.email.toUpperCase() }, new Date(lockedAt.getTime() + 60_000))).toBe(LOCK_MS - 60_000)
    const user = await restarted.user.findUniqueOrThrow({ where: { email: source.email } })
    expect(user.lockedUntil?.getTime()).toBe(lockedAt.getTime() + LOCK_MS)

    await unlockAccount(restarted, { email: source.email })
    expect(await signInWaitMs(restarted, { ...source, address: 'elsewhere' }, new Date(lockedAt.getTime() + 60_000))).toBe(0)
    expect((await restarted.user.findUniqueOrThrow({ where: { email: source.email } })).lockedUntil).toBeNull()
    await restarted.$disconnect()
  })

  it('limits an address that tries many accounts, and a success clears only the account', async () => {
    const db = createPrismaClient(await newTestDatabaseUrl(tempDir()))
    for (let index = 0; index < 12; index++) await recordSignInFailure(db, { email: `guess${index}@demo-clinic.test`, address: '198.51.100.9' }, at(index))
    expect(await signInWaitMs(db, { email: 'new@demo-clinic.test', address: '198.51.100.9' }, at(12))).toBeGreaterThan(0)
    await recordSignInFailure(db, source, at(20))
    await recordSignInSuccess(db, source)
    expect(await db.signInThrottle.findUnique({ where: { key: `email:${source.email}` } })).toBeNull()
    expect(await db.signInThrottle.findUnique({ where: { key: `ip:${source.address}` } })).not.toBeNull()
    await db.$disconnect()
  })
})

describe('sign-in throttling forgets', () => {
  it('a run of failures once a lock has run out, or after an hour of quiet', async () => {
    const db = createPrismaClient(await newTestDatabaseUrl(tempDir()))
    for (let failure = 0; failure < LOCK_AFTER_FAILURES; failure++) await recordSignInFailure(db, source, at(failure))
    const afterLock = at(LOCK_AFTER_FAILURES + LOCK_MS / 1000 + 1)
    // From another address, so only the account's own count is in play.
    const elsewhere = { ...source, address: '192.0.2.44' }
    expect(await signInWaitMs(db, elsewhere, afterLock)).toBe(0)
    expect(await recordSignInFailure(db, elsewhere, afterLock)).toEqual({ isLocked: false })
    expect(await signInWaitMs(db, elsewhere, new Date(afterLock.getTime() + 1000))).toBe(0)

    for (let failure = 0; failure < 5; failure++) await recordSignInFailure(db, { ...source, email: 'b@demo-clinic.test' }, at(failure))
    await recordSignInFailure(db, { ...source, email: 'b@demo-clinic.test' }, at(2 * 3600))
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: 'email:b@demo-clinic.test' } })).failures).toBe(1)
    await db.$disconnect()
  })
})

describe('one sign-in attempt at a time per account', () => {
  it('holds across servers sharing the database: parallel guesses wait their turn and each is counted', async () => {
    const url = await newTestDatabaseUrl(tempDir())
    // PostgreSQL serves several app servers: one client each. SQLite serves one app server, and
    // two synchronous SQLite clients in one process would wait on each other's locks.
    const first = createPrismaClient(url)
    const servers = testDatabaseProvider() === 'postgresql' ? [first, createPrismaClient(url)] : [first, first]
    let running = 0
    let mostAtOnce = 0
    const guess = async (index: number) => {
      const db = servers[index % 2]!
      await oneAttemptAtATime(db, source.email, async () => {
        mostAtOnce = Math.max(mostAtOnce, ++running)
        await new Promise((resolve) => setTimeout(resolve, 15))
        await recordSignInFailure(db, { ...source, address: `198.51.100.${index}` }, at(index))
        running--
      })
    }
    await Promise.all(Array.from({ length: 8 }, (_, index) => guess(index)))
    expect(mostAtOnce).toBe(1)
    expect((await servers[0]!.signInThrottle.findUniqueOrThrow({ where: { key: `email:${source.email}` } })).failures).toBe(8)
    await Promise.all([...new Set(servers)].map((db) => db.$disconnect()))
  })

  it('lets the next attempt in once a lease left by a stopped server runs out', async () => {
    const db = createPrismaClient(await newTestDatabaseUrl(tempDir()))
    const leftUntil = new Date(Date.now() + 300)
    await db.signInThrottle.create({ data: { key: `email:${source.email}`, attemptUntil: leftUntil } })
    const startedAt = await oneAttemptAtATime(db, source.email, async () => Date.now())
    expect(startedAt).toBeGreaterThanOrEqual(leftUntil.getTime())
    // The lease is released: the row held nothing else, so it is gone.
    expect(await db.signInThrottle.findUnique({ where: { key: `email:${source.email}` } })).toBeNull()
    await db.$disconnect()
  })
})

/** One unauthenticated attempt as sign-in makes it (lib/auth/options.ts): its turn, the wait, then a counted failure unless refused. */
async function failedAttempt(db: PrismaClient, attempt: TSignInSource, now: Date): Promise<'refused' | 'counted'> {
  return oneAttemptAtATime(db, attempt.email, async () => {
    if ((await signInWaitMs(db, attempt, now)) > 0) return 'refused'
    await recordSignInFailure(db, attempt, now)
    return 'counted'
  })
}

describe('the throttle table stays bounded (issue 20, item 9)', () => {
  it('many attempts with new emails from new addresses over hours leave only the last hour’s rows', async () => {
    const db = createPrismaClient(await newTestDatabaseUrl(tempDir()))
    const HOURS = 3
    const PER_MINUTE = 2
    let mostRows = 0
    for (let minute = 0; minute < HOURS * 60; minute++) {
      for (let index = 0; index < PER_MINUTE; index++) {
        const attempt = { email: `guess-${minute}-${index}@demo-clinic.test`, address: `198.51.${minute % 250}.${index}` }
        expect(await failedAttempt(db, attempt, at(minute * 60 + index))).toBe('counted')
      }
      mostRows = Math.max(mostRows, await db.signInThrottle.count())
    }
    // Each attempt counts against an account and an address; an hour of them, and no more, is kept.
    const hourOfRows = 2 * PER_MINUTE * (FORGET_AFTER_MS / 60_000 + 1)
    expect(mostRows).toBeLessThanOrEqual(hourOfRows)
    expect(HOURS * 60 * PER_MINUTE * 2).toBeGreaterThan(2 * hourOfRows)
    await db.$disconnect()
  }, 120_000)

  it('attempts refused while an address is held back leave no row at all', async () => {
    const db = createPrismaClient(await newTestDatabaseUrl(tempDir()))
    const address = '203.0.113.99'
    const results = []
    for (let index = 0; index < 200; index++) results.push(await failedAttempt(db, { email: `spray-${index}@demo-clinic.test`, address }, at(index / 10)))
    expect(results.filter((result) => result === 'counted').length).toBeLessThan(20)
    // The counted ones only: one row per account tried while the address was let through, and the address's own.
    expect(await db.signInThrottle.count()).toBe(results.filter((result) => result === 'counted').length + 1)
    await db.$disconnect()
  })

  it('keeps a lock in force through pruning and a restart, and forgets it an hour after it ran out', async () => {
    const url = await newTestDatabaseUrl(tempDir())
    const db = createPrismaClient(url)
    await seedDemoData(db)
    for (let failure = 0; failure < LOCK_AFTER_FAILURES; failure++) await recordSignInFailure(db, { ...source, address: `192.0.2.${failure}` }, at(failure * 60))
    const lockedAt = at((LOCK_AFTER_FAILURES - 1) * 60)
    // Others' failures prune the table while the lock is in force; the lock's row stays.
    const later = new Date(lockedAt.getTime() + LOCK_MS - 60_000)
    await recordSignInFailure(db, { email: 'other@demo-clinic.test', address: '198.51.100.200' }, later)
    await db.$disconnect()
    const restarted = createPrismaClient(url)
    expect(await signInWaitMs(restarted, { ...source, address: '198.51.100.201' }, later)).toBe(60_000)
    await recordSignInFailure(restarted, { email: 'other@demo-clinic.test', address: '198.51.100.200' }, new Date(lockedAt.getTime() + LOCK_MS + FORGET_AFTER_MS + 1000))
    expect(await restarted.signInThrottle.findUnique({ where: { key: `email:${source.email}` } })).toBeNull()
    await restarted.$disconnect()
  })
})

describe('password rules', () => {
  it('need at least 12 characters and refuse the most common passwords, whatever their case', () => {
    expect(ZNewPassword.safeParse('calf stretch every evening').success).toBe(true)
    expect(ZNewPassword.safeParse('short').error?.issues[0]?.message).toBe('must be at least 12 characters')
    for (const common of ['123qweasdzxc', 'QWERTY123456', '1q2w3e4r5t6y']) {
      expect(ZNewPassword.safeParse(common).error?.issues[0]?.message, common).toBe('is one of the most common passwords; choose another')
    }
  })
})
