import { getToken } from 'next-auth/jwt'
import type { NextRequest } from 'next/server'
import { db } from '../db'
import { authSecret } from '../env'
import { sessionToken } from './session-token'

// Not the logo: it can be a megabyte, and only the PDF needs it (see get-clinic-logo.ts).
export const CURRENT_USER_CLINIC_FIELDS = { id: true, name: true, phone: true, address: true, emailDomain: true, logoMimeType: true, updatedAt: true } as const

export type TUserOptions = { allowPendingPassword?: boolean }
/** What next-auth's token reader needs of a request: its headers and its cookies by name. */
type TSessionSource = { headers: Headers; cookies: Map<string, string> | { getAll(): { name: string; value: string }[] } }

/**
 * The signed-in user as the database knows them now, with their clinic, or null.
 * Checked on every request, so a disabled account stops working at once even though
 * its session token has not expired yet. A user still on a one-time password counts as
 * signed in only where `allowPendingPassword` says so (choosing a password, the layouts that send them there).
 *
 * The session is next-auth's token, read with next-auth's own reader (cookie name, chunks),
 * not through getServerSession: that runs next-auth's whole request handler, and works only
 * inside Next's request context, which the production server's PDF route does without (server.ts).
 */
export async function userFromSession(source: TSessionSource, { allowPendingPassword = false }: TUserOptions) {
  // getToken reads any request with headers and cookies; its type names only Next's.
  const token = await getToken({ req: source as unknown as NextRequest, secret: authSecret, decode: sessionToken.decode })
  if (!token?.userId || !token.clinicId || !token.role) return null
  const user = await db.user.findUnique({
    where: { id: token.userId },
    include: { clinic: { select: CURRENT_USER_CLINIC_FIELDS } },
  })
  if (!user || user.disabledAt) return null
  if (user.sessionsValidAfter && (token.signedInAt ?? 0) < user.sessionsValidAfter.getTime()) return null
  // Someone holding a one-time password may only choose their own; everything else waits until they have.
  if (user.mustChangePassword && !allowPendingPassword) return null
  return user
}

export type TCurrentUser = NonNullable<Awaited<ReturnType<typeof userFromSession>>>

/** The signed-in user of a request handled as a plain `Request`, with or without Next around it. */
export function getRequestUser(request: Request, options: TUserOptions = {}) {
  return userFromSession({ headers: request.headers, cookies: parseCookies(request.headers.get('cookie')) }, options)
}

/** A Cookie header's pairs by name. Of a repeated name the first wins: browsers send the most specific cookie first. */
export function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const pair of header?.split(';').map((part) => part.trim()) ?? []) {
    const separator = pair.indexOf('=')
    if (separator < 1) continue
    const name = pair.slice(0, separator).trim()
    if (!cookies.has(name)) cookies.set(name, safeDecode(pair.slice(separator + 1).trim()))
  }
  return cookies
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
