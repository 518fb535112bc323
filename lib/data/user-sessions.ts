import 'server-only'
import type { PrismaClient } from '../../generated/prisma/client'

/**
 * Sessions are rows (UserSession) as well as cookies: the cookie carries the row's id, sealed,
 * and a request is accepted only while the row lives. So sign-out, a password change or an
 * admin ends a session on the server at once, wherever its cookie has been copied, and
 * refreshing the cookie (next-auth's /api/auth/session) cannot stretch a session past its
 * absolute lifetime. @see issue 20, item 1
 */
export type TSessionLimits = { maxAgeMs: number; idleMs: number }
export type TSessionOwner = { userId: string; clinicId: string }
export type TSessionKey = TSessionOwner & { sessionId: string }
type TSessionTimes = { createdAt: Date; lastSeenAt: Date }

/** How stale lastSeenAt may grow before a request writes it again: a write a minute per session, not one per request. */
const touchEveryMs = ({ idleMs }: TSessionLimits) => Math.min(60_000, idleMs / 10)

/** The end of the absolute lifetime: sign-in plus the maximum age, whatever happens in between. */
export function sessionExpiresAt({ createdAt }: Pick<TSessionTimes, 'createdAt'>, { maxAgeMs }: TSessionLimits): Date {
  return new Date(createdAt.getTime() + maxAgeMs)
}

/** When the session ends unless a request comes first: its absolute end, or idle timeout after the last request. */
export function sessionEndsAt(session: TSessionTimes, limits: TSessionLimits): Date {
  return new Date(Math.min(sessionExpiresAt(session, limits).getTime(), session.lastSeenAt.getTime() + limits.idleMs))
}

/** At sign-in: a new session for this user, their ended ones deleted on the way so rows do not pile up. */
export async function startSession(db: PrismaClient, owner: TSessionOwner, limits: TSessionLimits, now = new Date()) {
  await db.userSession.deleteMany({
    where: { ...owner, OR: [{ createdAt: { lte: new Date(now.getTime() - limits.maxAgeMs) } }, { lastSeenAt: { lte: new Date(now.getTime() - limits.idleMs) } }] },
  })
  return db.userSession.create({ data: { ...owner, createdAt: now, lastSeenAt: now } })
}

/**
 * Whether a session row read for a request is still live. An ended one is deleted; a live one,
 * when the request is the user's own activity, has its idle clock restarted.
 */
export async function isSessionLive(db: PrismaClient, session: TSessionKey & TSessionTimes, limits: TSessionLimits, { isActivity = true, now = new Date() } = {}): Promise<boolean> {
  const where = { id: session.sessionId, userId: session.userId, clinicId: session.clinicId }
  if (sessionEndsAt(session, limits) <= now) {
    await db.userSession.deleteMany({ where })
    return false
  }
  if (isActivity && now.getTime() - session.lastSeenAt.getTime() >= touchEveryMs(limits)) {
    await db.userSession.updateMany({ where: { ...where, lastSeenAt: { lt: now } }, data: { lastSeenAt: now } })
  }
  return true
}

/** The session row with this id, if it belongs to this user in this clinic, and whether it is live. */
export async function findLiveSession(db: PrismaClient, key: TSessionKey, limits: TSessionLimits, options: { isActivity?: boolean; now?: Date } = {}) {
  const session = await db.userSession.findFirst({ where: { id: key.sessionId, userId: key.userId, clinicId: key.clinicId } })
  if (!session || !(await isSessionLive(db, { ...key, ...session }, limits, options))) return null
  return session
}

/** Sign-out: this one session ends; the user's others go on. */
export async function endSession(db: PrismaClient, { sessionId, userId, clinicId }: TSessionKey): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId, userId, clinicId } })
}

/** Sign-out everywhere (by the user or their clinic admin), a password change or reset, disabling: every session of the user ends. */
export async function endUserSessions(db: PrismaClient, { userId, clinicId }: TSessionOwner): Promise<number> {
  const { count } = await db.userSession.deleteMany({ where: { userId, clinicId } })
  return count
}
