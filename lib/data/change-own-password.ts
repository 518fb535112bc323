import 'server-only'
import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'
import { hashPassword, verifyPassword } from './password'
import { ZNewPassword } from './password-rules'
import { recordSignInFailure, signInWaitMs } from './sign-in-throttle'
import { endUserSessions } from './user-sessions'
import { AppError } from '../errors'

export const ZPasswordChange = z
  .object({
    currentPassword: z.string().min(1, 'is required').max(1024),
    newPassword: ZNewPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'does not match the new password' })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ['newPassword'], message: 'must differ from the current password' })

export async function changeOwnPassword(db: PrismaClient, { userId, clinicId }: { userId: string; clinicId: string }, input: z.infer<typeof ZPasswordChange>) {
  const user = await db.user.findFirst({ where: { id: userId, clinicId } })
  // Guessing the current password from a borrowed session counts like guessing at sign-in.
  const source = { email: user?.email ?? '', address: `session:${userId}` }
  // The owner back in on an admin's one-time password must be able to replace it, however locked the account is.
  if ((await signInWaitMs(db, source, new Date(), { isTrustedPath: Boolean(user?.mustChangePassword) })) > 0) {
    throw new AppError('invalid_input', 'Too many attempts', [{ field: 'currentPassword', message: 'has been entered wrongly too often; try again in a few minutes' }])
  }
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordSignInFailure(db, source)
    throw new AppError('invalid_input', 'Wrong password', [{ field: 'currentPassword', message: 'is not your current password' }])
  }
  const passwordHash = await hashPassword(input.newPassword)
  // Only while the password is still the one just checked: of two changes made with the same
  // old password (two tabs, or the owner and someone who knew it), one wins and the other is told.
  const { count } = await db.user.updateMany({ where: { id: userId, clinicId, passwordHash: user.passwordHash }, data: { passwordHash, mustChangePassword: false } })
  if (count === 0) {
    throw new AppError('conflict', 'Your password was changed elsewhere a moment ago. Sign in again with the new one.', [{ field: 'currentPassword', message: 'is no longer your current password' }])
  }
  // Every session, this one included, ends: whoever knew the old password is signed out everywhere.
  await endUserSessions(db, { userId, clinicId })
}
