import 'server-only'
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'
import { hashPassword, verifyPassword } from '../data/password'

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
})

// Verified against when the email is unknown, so a miss takes as long as a wrong password.
let dummyHash: Promise<string> | undefined
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')))

/** The active user with this email and password, or null: callers say only "email or password is wrong". */
export async function verifyCredentials(db: PrismaClient, input: unknown) {
  const parsed = ZCredentials.safeParse(input)
  if (!parsed.success) return null
  const user = await db.user.findUnique({ where: { email: parsed.data.email } })
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password).catch(() => false)
  if (!user || !user.passwordHash || user.disabledAt || !isValid) return null
  return user
}
