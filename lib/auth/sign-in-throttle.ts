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

export type TSignInSource = { email: string; address: string }

const keysOf = ({ email, address }: TSignInSource) => ({ account: `email:${email.trim().toLowerCase()}`, address: `ip:${address}` })

export function delayAfter(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - free))
}

/** How long this account and address must wait before the next try; 0 when they may try now. */
export async function signInWaitMs(db: PrismaClient, source: TSignInSource, now = new Date()): Promise<number> {
  const keys = keysOf(source)
  const rows = await db.signInThrottle.findMany({ where: { key: { in: [keys.account, keys.address] } } })
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
  if (account.failures < LOCK_AFTER_FAILURES) return { isLocked: false }
  const lockedUntil = new Date(now.getTime() + LOCK_MS)
  await db.signInThrottle.update({ where: { key: keys.account }, data: { lockedUntil } })
  await db.user.updateMany({ where: { email: source.email.trim().toLowerCase() }, data: { lockedUntil } })
  return { isLocked: true }
}

/** A successful sign-in clears the account's count; the address keeps its own. */
export async function recordSignInSuccess(db: PrismaClient, source: TSignInSource): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keysOf(source).account } })
  await db.user.updateMany({ where: { email: source.email.trim().toLowerCase(), NOT: { lockedUntil: null } }, data: { lockedUntil: null } })
}

/** The clinic admin lifts a lock early. */
export async function unlockAccount(db: PrismaClient, { email }: { email: string }): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keysOf({ email, address: '' }).account } })
  await db.user.updateMany({ where: { email: email.toLowerCase() }, data: { lockedUntil: null } })
}
