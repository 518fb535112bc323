import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'
import { hashPassword, verifyPassword } from '../auth/password'
import { ZNewPassword } from '../auth/password-rules'
import { recordSignInFailure, signInWaitMs } from '../auth/sign-in-throttle'
import { AppError } from '../errors'

export const ZPasswordChange = z
  .object({
    currentPassword: z.string().min(1, 'is required').max(1024),
    newPassword: ZNewPassword,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'does not match the new password' })
  .refine((value) => value.newPassword !== value.currentPassword, { path: ['newPassword'], message: 'must differ from the current password' })

export async function changeOwnPassword(db: PrismaClient, { userId }: { userId: string }, input: z.infer<typeof ZPasswordChange>) {
  const user = await db.user.findUnique({ where: { id: userId } })
  // Guessing the current password from a borrowed session counts like guessing at sign-in.
  const source = { email: user?.email ?? '', address: `session:${userId}` }
  if ((await signInWaitMs(db, source)) > 0) {
    throw new AppError('invalid_input', 'Too many attempts', [{ field: 'currentPassword', message: 'has been entered wrongly too often; try again in a few minutes' }])
  }
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordSignInFailure(db, source)
    throw new AppError('invalid_input', 'Wrong password', [{ field: 'currentPassword', message: 'is not your current password' }])
  }
  // Every session, this one included, ends: whoever knew the old password is signed out everywhere.
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionsValidAfter: new Date() } })
}
