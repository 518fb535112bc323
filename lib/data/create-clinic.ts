import 'server-only'
import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'
import { hashPassword } from './password'
import { generateOneTimePassword } from './password-rules'
import { AppError } from '../errors'
import { assertEmailUnused, ZNewClinician } from './clinic-users'
import { ZClinicDetails } from './update-clinic'

export const ZNewClinic = ZClinicDetails.pick({ name: true, phone: true, address: true }).extend({
  adminEmail: ZNewClinician.shape.email,
  adminName: ZNewClinician.shape.name,
})
export type TNewClinic = z.input<typeof ZNewClinic>

/**
 * A new clinic and its first admin, who signs in with the one-time password returned here
 * and must then choose their own. How a real deployment starts, instead of demo accounts.
 */
export async function createClinicWithAdmin(db: PrismaClient, input: unknown): Promise<{ clinicId: string; adminEmail: string; oneTimePassword: string }> {
  const parsed = ZNewClinic.safeParse(input)
  if (!parsed.success) {
    throw new AppError(
      'invalid_input',
      'Invalid clinic',
      parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(input)', message: issue.message })),
    )
  }
  const { adminEmail, adminName, ...clinic } = parsed.data
  await assertEmailUnused(db, adminEmail, 'adminEmail')
  const oneTimePassword = generateOneTimePassword()
  const created = await db.clinic.create({
    data: {
      ...clinic,
      users: { create: { email: adminEmail, name: adminName, role: 'admin', passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true } },
    },
  })
  return { clinicId: created.id, adminEmail, oneTimePassword }
}
