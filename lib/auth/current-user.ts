import { getServerSession } from 'next-auth'
import { db } from '../db'
import { authOptions } from './options'

// Not the logo: it can be a megabyte, and only the PDF needs it (see get-clinic-logo.ts).
export const CURRENT_USER_CLINIC_FIELDS = { id: true, name: true, phone: true, address: true, emailDomain: true, logoMimeType: true, updatedAt: true } as const

/**
 * The signed-in user as the database knows them now, with their clinic, or null.
 * Checked on every request, so a disabled account stops working at once even though
 * its session token has not expired yet. A user still on a one-time password counts as
 * signed in only where `allowPendingPassword` says so (choosing a password, the layouts that send them there).
 */
export async function getCurrentUser({ allowPendingPassword = false }: { allowPendingPassword?: boolean } = {}) {
  const session = await getServerSession(authOptions)
  const userId = session?.user?.id
  if (!userId) return null
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { clinic: { select: CURRENT_USER_CLINIC_FIELDS } },
  })
  if (!user || user.disabledAt) return null
  if (user.sessionsValidAfter && (session.user.signedInAt ?? 0) < user.sessionsValidAfter.getTime()) return null
  // Someone holding a one-time password may only choose their own; everything else waits until they have.
  if (user.mustChangePassword && !allowPendingPassword) return null
  return user
}

export type TCurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>
