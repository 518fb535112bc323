'use server'

import { redirect } from 'next/navigation'
import { getCurrentUser } from '@/lib/auth/current-user'
import { endUserSessions } from '@/lib/data/user-sessions'
import { db } from '@/lib/db'

/** Ends every session of the signed-in user, this one included (a lost phone, a computer left signed in). */
export async function signOutEverywhere(): Promise<void> {
  const user = await getCurrentUser({ allowPendingPassword: true })
  if (user) await endUserSessions(db, { userId: user.id, clinicId: user.clinicId })
  redirect(user ? '/sign-in?notice=signed-out-everywhere' : '/sign-in')
}
