import 'server-only'
import type { PrismaClient } from '../../generated/prisma/client'

/** First failures are free; then each one doubles the wait, up to five minutes. */
const ACCOUNT_FREE_FAILURES = 3
const ADDRESS_FREE_FAILURES = 10
const MAX_DELAY_MS = 5 * 60_000
/** After this many failures in a row an account is locked, and its clinic admin sees it. */
export const LOCK_AFTER_FAILURES = 10
export const LOCK_MS = 15 * 60_000
/** Failures older than this, or from before a lock ran out, no longer count. */
export const FORGET_AFTER_MS = 60 * 60_000

/** Longer than any password check; a lease left by a server that died runs out by itself. */
const ATTEMPT_LEASE_MS = 10_000
const LEASE_POLL_MS = 25
const LEASE_WAIT_MS = 15_000

export type TSignInSource = { email: string; address: string }

/** Accounts are stored by their email trimmed and lower-case; one typed at sign-in may be neither. */
const accountEmail = (email: string) => email.trim().toLowerCase()
const keysOf = ({ email, address }: TSignInSource) => ({ account: `email:${accountEmail(email)}`, address: `ip:${address}` })

export function delayAfter(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - free))
}

/**
 * How long this account and address must wait before the next try; 0 when they may try now.
 * `isTrustedPath`: the account holds a one-time password from its clinic admin, so only the
 * address's count applies (see isOnTrustedPath).
 */
export async function signInWaitMs(db: PrismaClient, source: TSignInSource, now = new Date(), { isTrustedPath = false } = {}): Promise<number> {
  const keys = keysOf(source)
  const rows = await db.signInThrottle.findMany({ where: { key: { in: isTrustedPath ? [keys.address] : [keys.account, keys.address] } } })
  let wait = 0
  for (const row of rows) {
    const free = row.key === keys.account ? ACCOUNT_FREE_FAILURES : ADDRESS_FREE_FAILURES
    const lockedFor = row.lockedUntil ? row.lockedUntil.getTime() - now.getTime() : 0
    const delayedFor = row.lastFailureAt ? row.lastFailureAt.getTime() + delayAfter(row.failures, free) - now.getTime() : 0
    wait = Math.max(wait, lockedFor, delayedFor)
  }
  return Math.max(0, wait)
}

/** Counts a failed sign-in against the account and the address; locks the account after too many. */
export async function recordSignInFailure(db: PrismaClient, source: TSignInSource, now = new Date()): Promise<{ isLocked: boolean }> {
  const keys = keysOf(source)
  const bump = async (key: string) => {
    const row = await db.signInThrottle.findUnique({ where: { key } })
    // A run of failures ends when a lock has run out or after an hour of quiet, so one wrong
    // guess later does not re-lock the account, and a shared address is not held back for months.
    const isStale = !row?.lastFailureAt || now.getTime() - row.lastFailureAt.getTime() > FORGET_AFTER_MS || (row.lockedUntil !== null && row.lockedUntil <= now)
    return db.signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1, lastFailureAt: now },
      update: isStale ? { failures: 1, lastFailureAt: now, lockedUntil: null } : { failures: { increment: 1 }, lastFailureAt: now },
    })
  }
  const [account] = await Promise.all([bump(keys.account), bump(keys.address)])
  await forgetStaleRows(db, now)
  if (account.failures < LOCK_AFTER_FAILURES) return { isLocked: false }
  const lockedUntil = new Date(now.getTime() + LOCK_MS)
  await db.signInThrottle.update({ where: { key: keys.account }, data: { lockedUntil } })
  await db.user.updateMany({ where: { email: accountEmail(source.email) }, data: { lockedUntil } })
  return { isLocked: true }
}

/**
 * Deletes the rows that no longer hold anything back: no lock in force, no attempt under way, no
 * failure within FORGET_AFTER_MS (such a row counts as no row: see recordSignInFailure and
 * signInWaitMs). Run on each counted failure, so the table holds at most the last hour's keys
 * however many emails and addresses are tried. @see issue 20, item 9
 */
export async function forgetStaleRows(db: PrismaClient, now = new Date()): Promise<number> {
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS)
  const { count } = await db.signInThrottle.deleteMany({
    where: {
      AND: [
        { OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
        { OR: [{ attemptUntil: null }, { attemptUntil: { lte: now } }] },
        { OR: [{ lastFailureAt: null }, { lastFailureAt: { lt: forgetBefore } }] },
      ],
    },
  })
  return count
}

/**
 * Runs one sign-in attempt for this account at a time, across every server that shares the
 * database, so a burst of parallel guesses cannot all pass the throttle before any is counted.
 * The turn is a lease on the account's throttle row, taken by one atomic conditional update.
 */
export async function oneAttemptAtATime<T>(db: PrismaClient, email: string, run: () => Promise<T>): Promise<T> {
  const { account: key } = keysOf({ email, address: '' })
  const deadline = Date.now() + LEASE_WAIT_MS
  for (;;) {
    const now = new Date()
    const attemptUntil = new Date(now.getTime() + ATTEMPT_LEASE_MS)
    const { count } = await db.signInThrottle.updateMany({ where: { key, OR: [{ attemptUntil: null }, { attemptUntil: { lte: now } }] }, data: { attemptUntil } })
    if (count === 1) break
    // No row yet, or another attempt holds the lease: creating the row takes the lease, unless someone just did.
    const isCreated = await db.signInThrottle.create({ data: { key, attemptUntil } }).then(
      () => true,
      (error: unknown) => {
        if ((error as { code?: unknown }).code === 'P2002') return false
        throw error
      },
    )
    if (isCreated) break
    if (Date.now() > deadline) throw new Error('Another sign-in to this account is in progress. Try again in a moment.')
    await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS))
  }
  try {
    return await run()
  } finally {
    // A row that only held the lease (no failure counted: a success, or an attempt refused while throttled) goes with it.
    await db.signInThrottle.deleteMany({ where: { key, failures: 0, lockedUntil: null } })
    await db.signInThrottle.updateMany({ where: { key }, data: { attemptUntil: null } })
  }
}

/** A successful sign-in clears the account's count; the address keeps its own. */
export async function recordSignInSuccess(db: PrismaClient, source: TSignInSource): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keysOf(source).account } })
  await db.user.updateMany({ where: { email: accountEmail(source.email), NOT: { lockedUntil: null } }, data: { lockedUntil: null } })
}

/**
 * Anyone who knows an email can keep its account locked by guessing. The way back in for its
 * owner is a password reset by their clinic admin: the one-time password it issues (80 random
 * bits, so guessing it online is hopeless) is checked however locked the account is, with only
 * the per-address limit, until the owner has chosen their own. @see docs/security.md, "Lockout, and the way back in"
 */
export async function isOnTrustedPath(db: PrismaClient, { email }: Pick<TSignInSource, 'email'>): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email: accountEmail(email) }, select: { mustChangePassword: true, passwordHash: true, disabledAt: true } })
  return Boolean(user?.mustChangePassword && user.passwordHash && !user.disabledAt)
}

/** The clinic admin lifts a lock early. */
export async function unlockAccount(db: PrismaClient, { email }: { email: string }): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keysOf({ email, address: '' }).account } })
  await db.user.updateMany({ where: { email: accountEmail(email) }, data: { lockedUntil: null } })
}
