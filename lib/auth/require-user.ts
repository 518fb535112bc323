import { redirect } from 'next/navigation'
import { getCurrentUser, type TCurrentUser } from './current-user'

/** For pages and layouts: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<TCurrentUser> {
  // Layouts send a user on a one-time password to choose their own, so let them through here.
  const user = await getCurrentUser({ allowPendingPassword: true })
  if (!user) redirect('/sign-in')
  return user
}

/** For admin pages: a clinic admin, or a redirect to the builder. */
export async function requireAdmin(): Promise<TCurrentUser> {
  const user = await requireUser()
  if (user.role !== 'admin') redirect('/handouts/new')
  return user
}
