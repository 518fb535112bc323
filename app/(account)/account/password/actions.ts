'use server'

import { redirect } from 'next/navigation'
import { getCurrentUser } from '@/lib/auth/current-user'
import { changeOwnPassword, ZPasswordChange } from '@/lib/data/change-own-password'
import { db } from '@/lib/db'
import { formFields, fromAppError, fromZodError, invalid, isForm, UNREADABLE_FORM, type TActionState } from '@/lib/forms/action-state'

export async function changePassword(_state: TActionState, form: FormData): Promise<TActionState> {
  const user = await getCurrentUser({ allowPendingPassword: true })
  if (!user) return invalid('Your session has ended. Sign in again.')
  if (!isForm(form)) return UNREADABLE_FORM
  const parsed = ZPasswordChange.safeParse(formFields(form, ['currentPassword', 'newPassword', 'confirmPassword']))
  if (!parsed.success) return fromZodError(parsed.error)
  try {
    await changeOwnPassword(db, { userId: user.id, clinicId: user.clinicId }, parsed.data)
  } catch (error) {
    return fromAppError(error)
  }
  redirect('/sign-in?notice=password-changed')
}
