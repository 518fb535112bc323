import { redirect } from 'next/navigation'
import { getCurrentUser, type TCurrentUser } from './current-user'

/** For pages and layouts: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<TCurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect('/sign-in')
  return user
}

/** For admin pages: a clinic admin, or a redirect to the builder. */
export async function requireAdmin(): Promise<TCurrentUser> {
  const user = await requireUser()
  if (user.role !== 'admin') redirect('/handouts/new')
  return user
}
