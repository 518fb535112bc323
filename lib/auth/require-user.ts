import 'server-only'
import { redirect } from 'next/navigation'
import { getCurrentUser, type TCurrentUser } from './current-user'
import type { TUserOptions } from './session-user'

/**
 * For pages and layouts: the signed-in user, or a redirect to sign-in. Someone still on a
 * one-time password is sent to choose their own here, before the page loads anything: Next
 * renders a page beside its layout, so a redirect in the layout alone came too late to keep
 * the page's data out of the response. Only the password page lets them through.
 * @see issue 20, item 6
 */
export async function requireUser({ allowPendingPassword = false }: TUserOptions = {}): Promise<TCurrentUser> {
  const user = await getCurrentUser({ allowPendingPassword: true })
  if (!user) redirect('/sign-in')
  if (user.mustChangePassword && !allowPendingPassword) redirect('/account/password')
  return user
}

/** For admin pages: a clinic admin, or a redirect to the builder. */
export async function requireAdmin(): Promise<TCurrentUser> {
  const user = await requireUser()
  if (user.role !== 'admin') redirect('/handouts/new')
  return user
}
