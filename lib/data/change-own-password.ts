import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'
import { hashPassword, verifyPassword } from '../auth/password'
import { ZNewPassword } from '../auth/password-rules'
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
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('invalid_input', 'Wrong password', [{ field: 'currentPassword', message: 'is not your current password' }])
  }
  // Every session, this one included, ends: whoever knew the old password is signed out everywhere.
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionsValidAfter: new Date() } })
}
