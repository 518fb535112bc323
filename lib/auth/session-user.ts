import 'server-only'
import { getToken } from 'next-auth/jwt'
import { NextRequest } from 'next/server'
import { db } from '../db'
import { authSecret, sessionLimits } from '../env'
import { sessionToken } from './session-token'
import { isSessionLive } from '../data/user-sessions'

// Not the logo: it can be a megabyte, and only the PDF needs it (see get-clinic-logo.ts).
export const CURRENT_USER_CLINIC_FIELDS = { id: true, name: true, phone: true, address: true, emailDomain: true, paper: true, logoMimeType: true, updatedAt: true } as const

export type TUserOptions = { allowPendingPassword?: boolean }
export type TRequestCookies = Pick<NextRequest['cookies'], 'getAll'>

// getToken would also take a token from an `Authorization: Bearer` header; sessions are cookies only, as with getServerSession.
const NO_HEADERS = new Headers()

/**
 * The signed-in user as the database knows them now, with their clinic, or null.
 * Checked on every request: the session's row must still exist (sign-out, sign-out
 * everywhere and a password change delete it), within its absolute lifetime and idle
 * timeout (user-sessions.ts), and the account must not be disabled, so each of these
 * stops a session at once even though its cookie has not expired. A user still on a
 * one-time password counts as signed in only where `allowPendingPassword` says so
 * (choosing a password, the layouts that send them there).
 *
 * The session is next-auth's token, read with next-auth's own reader (cookie name, chunks),
 * not through getServerSession: that runs next-auth's whole request handler, and works only
 * inside Next's request context.
 */
export async function userFromSessionCookies(cookies: TRequestCookies, { allowPendingPassword = false }: TUserOptions) {
  // getToken reads any request with headers and cookies; its type names only Next's.
  const token = await getToken({ req: { headers: NO_HEADERS, cookies } as unknown as NextRequest, secret: authSecret, decode: sessionToken.decode })
  if (!token?.sessionId || !token.userId || !token.clinicId || !token.role) return null
  const session = await db.userSession.findFirst({
    where: { id: token.sessionId, userId: token.userId, clinicId: token.clinicId },
    include: { user: { include: { clinic: { select: CURRENT_USER_CLINIC_FIELDS } } } },
  })
  if (!session || !(await isSessionLive(db, { ...session, sessionId: session.id }, sessionLimits))) return null
  const { user } = session
  if (user.disabledAt) return null
  // Someone holding a one-time password may only choose their own; everything else waits until they have.
  if (user.mustChangePassword && !allowPendingPassword) return null
  return user
}

export type TCurrentUser = NonNullable<Awaited<ReturnType<typeof userFromSessionCookies>>>

/** The signed-in user of a request handled as a plain `Request`, with or without Next around it. */
export function getRequestUser(request: Request, options: TUserOptions = {}) {
  // NextRequest's cookies are the parser `cookies()` uses, so pages and routes read a Cookie header alike; it gets the headers only, so the body stays unread.
  return userFromSessionCookies(new NextRequest(request.url, { headers: request.headers }).cookies, options)
}
