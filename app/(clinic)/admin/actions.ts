'use server'

import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { getCurrentUser } from '@/lib/auth/current-user'
import { addClinician, resetUserPassword, setUserDisabled, signOutClinicUserEverywhere, unlockClinicUser, ZNewClinician } from '@/lib/data/clinic-users'
import { setClinicLogo, updateClinicDetails, ZClinicDetails } from '@/lib/data/update-clinic'
import { db } from '@/lib/db'
import { formFields, fromAppError, fromZodError, invalid, isForm, UNREADABLE_FORM, type TActionState } from '@/lib/forms/action-state'

async function requireAdminUser() {
  const user = await getCurrentUser()
  return user?.role === 'admin' ? user : null
}

/** The account buttons' form: whose account (an id the database made) and what to do with it. */
const ZUserAccess = z.object({
  userId: z.string().min(1, 'must name an account').max(64, 'must name an account'),
  intent: z.enum(['disable', 'enable', 'unlock', 'reset-password', 'sign-out-everywhere'], { error: 'must be disable, enable, unlock, reset-password or sign-out-everywhere' }),
})

const NOT_ADMIN = invalid('Only a clinic admin can do this. Sign in again if your session ended.')

export async function saveClinicDetails(_state: TActionState, form: FormData): Promise<TActionState> {
  const admin = await requireAdminUser()
  if (!admin) return NOT_ADMIN
  if (!isForm(form)) return UNREADABLE_FORM
  const typed = formFields(form, ['name', 'phone', 'address', 'emailDomain', 'paper'])
  const parsed = ZClinicDetails.safeParse(typed)
  if (!parsed.success) return fromZodError(parsed.error, typed)
  try {
    await updateClinicDetails(db, { clinicId: admin.clinicId, adminEmail: admin.email }, parsed.data)
  } catch (error) {
    return fromAppError(error, typed)
  }
  revalidatePath('/', 'layout')
  return { status: 'success', message: 'Clinic details saved. New handouts use them.' }
}

export async function saveLogo(_state: TActionState, form: FormData): Promise<TActionState> {
  const admin = await requireAdminUser()
  if (!admin) return NOT_ADMIN
  if (!isForm(form)) return UNREADABLE_FORM
  try {
    if (form.get('remove') === 'yes') {
      await setClinicLogo(db, { clinicId: admin.clinicId }, null)
      revalidatePath('/admin')
      return { status: 'success', message: 'Logo removed.' }
    }
    const file = form.get('logo')
    if (!(file instanceof File) || file.size === 0) return invalid('Choose a file first.', { logo: 'must be a PNG or JPEG file' })
    await setClinicLogo(db, { clinicId: admin.clinicId }, Buffer.from(await file.arrayBuffer()))
  } catch (error) {
    return fromAppError(error)
  }
  revalidatePath('/admin')
  return { status: 'success', message: 'Logo saved. It prints at the top of new handouts.' }
}

export async function addUser(_state: TActionState, form: FormData): Promise<TActionState> {
  const admin = await requireAdminUser()
  if (!admin) return NOT_ADMIN
  if (!isForm(form)) return UNREADABLE_FORM
  const typed = formFields(form, ['email', 'name', 'role'])
  const parsed = ZNewClinician.safeParse(typed)
  if (!parsed.success) return fromZodError(parsed.error, typed)
  try {
    const { oneTimePassword } = await addClinician(db, { clinicId: admin.clinicId }, parsed.data)
    revalidatePath('/admin')
    return { status: 'success', message: `Added ${parsed.data.name}. They choose their own password when they first sign in.`, oneTimePassword }
  } catch (error) {
    return fromAppError(error, typed)
  }
}

export async function changeUserAccess(_state: TActionState, form: FormData): Promise<TActionState> {
  const admin = await requireAdminUser()
  if (!admin) return NOT_ADMIN
  if (!isForm(form)) return UNREADABLE_FORM
  const parsed = ZUserAccess.safeParse(formFields(form, ['userId', 'intent']))
  if (!parsed.success) return fromZodError(parsed.error)
  const { userId, intent } = parsed.data
  try {
    if (intent === 'reset-password') {
      const { oneTimePassword } = await resetUserPassword(db, { clinicId: admin.clinicId }, { userId })
      return { status: 'success', message: 'Password reset. They choose a new one at their next sign-in.', oneTimePassword }
    }
    if (intent === 'unlock') {
      await unlockClinicUser(db, { clinicId: admin.clinicId }, { userId })
      revalidatePath('/admin')
      return { status: 'success', message: 'Account unlocked.' }
    }
    if (intent === 'sign-out-everywhere') {
      const { endedSessions } = await signOutClinicUserEverywhere(db, { clinicId: admin.clinicId }, { userId })
      return { status: 'success', message: `Signed out everywhere: ${endedSessions} session(s) ended.` }
    }
    await setUserDisabled(db, { clinicId: admin.clinicId, actingUserId: admin.id }, { userId, isDisabled: intent === 'disable' })
  } catch (error) {
    return fromAppError(error)
  }
  revalidatePath('/admin')
  return { status: 'success', message: intent === 'disable' ? 'Account disabled.' : 'Account enabled.' }
}
