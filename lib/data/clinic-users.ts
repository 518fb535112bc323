import 'server-only'
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../../generated/prisma/client'
import { hashPassword } from './password'
import { generateOneTimePassword } from './password-rules'
import { unlockAccount } from './sign-in-throttle'
import { endUserSessions } from './user-sessions'
import { AppError } from '../errors'

type TScope = { clinicId: string }

export const ZNewClinician = z.object({
  email: z.string().trim().toLowerCase().email('must be an email address').max(254),
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  role: z.enum(['clinician', 'admin'], { error: 'must be clinician or admin' }),
})
export type TNewClinician = z.infer<typeof ZNewClinician>

export function listClinicUsers(db: PrismaClient, { clinicId }: TScope) {
  return db.user.findMany({
    where: { clinicId },
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, mustChangePassword: true, passwordHash: true, lockedUntil: true },
  })
}

/** Accounts are found by email, so one email is one account, in whichever clinic. */
export async function assertEmailUnused(db: PrismaClient, email: string, field: string): Promise<void> {
  if (await db.user.findUnique({ where: { email } })) {
    throw new AppError('invalid_input', 'Email already in use', [{ field, message: 'is already used by an account' }])
  }
}

/** Adds a user with a one-time password, returned once for the admin to pass on. */
export async function addClinician(db: PrismaClient, { clinicId }: TScope, input: TNewClinician): Promise<{ oneTimePassword: string }> {
  await assertEmailUnused(db, input.email, 'email')
  const oneTimePassword = generateOneTimePassword()
  await db.user.create({ data: { ...input, clinicId, passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true } })
  return { oneTimePassword }
}

/** A user of this clinic, or not_found: another clinic's ids must not be told apart from unknown ones. */
async function findClinicUser(db: PrismaClient, { clinicId }: TScope, userId: string) {
  const user = await db.user.findFirst({ where: { id: userId, clinicId } })
  if (!user) throw new AppError('not_found', 'No such user in this clinic')
  return user
}

/** Changes a user of this clinic, the clinic in the write's `where`; anyone else is not_found, as in findClinicUser. */
async function updateClinicUser(db: PrismaClient, { clinicId }: TScope, userId: string, data: Prisma.UserUpdateManyMutationInput) {
  const { count } = await db.user.updateMany({ where: { id: userId, clinicId }, data })
  if (count === 0) throw new AppError('not_found', 'No such user in this clinic')
}

export async function setUserDisabled(db: PrismaClient, scope: TScope & { actingUserId: string }, { userId, isDisabled }: { userId: string; isDisabled: boolean }) {
  if (userId === scope.actingUserId) throw new AppError('invalid_input', 'You cannot disable yourself', [{ field: 'userId', message: 'you cannot disable your own account' }])
  await updateClinicUser(db, scope, userId, { disabledAt: isDisabled ? new Date() : null })
  if (isDisabled) await endUserSessions(db, { userId, clinicId: scope.clinicId })
}

export async function resetUserPassword(db: PrismaClient, scope: TScope, { userId }: { userId: string }): Promise<{ oneTimePassword: string }> {
  const user = await findClinicUser(db, scope, userId)
  await unlockAccount(db, { email: user.email })
  const oneTimePassword = generateOneTimePassword()
  await updateClinicUser(db, scope, userId, { passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true, lockedUntil: null })
  await endUserSessions(db, { userId, clinicId: scope.clinicId })
  return { oneTimePassword }
}

/** The clinic admin signs a user out everywhere (a lost phone, a shared computer): every session of theirs ends at once. */
export async function signOutClinicUserEverywhere(db: PrismaClient, scope: TScope, { userId }: { userId: string }): Promise<{ endedSessions: number }> {
  await findClinicUser(db, scope, userId)
  return { endedSessions: await endUserSessions(db, { userId, clinicId: scope.clinicId }) }
}

/** Lifts a sign-in lock early, for a user of this clinic only. */
export async function unlockClinicUser(db: PrismaClient, scope: TScope, { userId }: { userId: string }) {
  const user = await findClinicUser(db, scope, userId)
  await unlockAccount(db, { email: user.email })
}
