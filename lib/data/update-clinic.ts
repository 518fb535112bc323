import 'server-only'
import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'
import { prepareLogo } from '../images/prepare-logo'
import { AppError } from '../errors'
import { PAPER_SIZES } from '../handout/options'

export const ZClinicDetails = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  phone: z
    .string()
    .trim()
    .min(3, 'must be a phone number')
    .max(40, 'must be at most 40 characters')
    .regex(/^[0-9+()./ -]+( (ext|x)\.? ?\d+)?$/i, 'must be a phone number: digits, spaces and + ( ) - .'),
  address: z.string().trim().max(200, 'must be at most 200 characters'),
  emailDomain: z
    .string()
    .trim()
    .toLowerCase()
    .transform((value) => value || null)
    .pipe(z.string().max(253, 'must be at most 253 characters').regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a domain such as clinic.example').nullable()),
  paper: z.enum(PAPER_SIZES, { error: `must be one of: ${PAPER_SIZES.join(', ')}` }),
})
export type TClinicDetails = z.infer<typeof ZClinicDetails>

/**
 * Saves the clinic's details. A new email domain must be the admin's own: whoever signs in
 * from that domain joins the clinic, so an admin may claim only a domain they sign in from.
 */
export async function updateClinicDetails(db: PrismaClient, { clinicId, adminEmail }: { clinicId: string; adminEmail: string }, input: TClinicDetails) {
  if (input.emailDomain) {
    const other = await db.clinic.findFirst({ where: { emailDomain: input.emailDomain, NOT: { id: clinicId } } })
    if (other) throw new AppError('invalid_input', 'That email domain belongs to another clinic.', [{ field: 'emailDomain', message: 'is already used by another clinic' }])
    const current = await db.clinic.findUnique({ where: { id: clinicId }, select: { emailDomain: true } })
    const ownDomain = adminEmail.slice(adminEmail.lastIndexOf('@') + 1).toLowerCase()
    if (input.emailDomain !== current?.emailDomain && input.emailDomain !== ownDomain) {
      throw new AppError('invalid_input', 'You can only use the email domain you sign in from.', [{ field: 'emailDomain', message: `must be the domain of your own email address (${ownDomain})` }])
    }
  }
  await db.clinic.update({ where: { id: clinicId }, data: input })
}

/**
 * Stores the clinic's logo as prepareLogo re-encodes it (bounded in size, decoded once), never
 * the uploaded bytes; a refused file is an AppError on `logo` and nothing is written.
 */
export async function setClinicLogo(db: PrismaClient, { clinicId }: { clinicId: string }, bytes: Buffer | null) {
  if (bytes === null) return db.clinic.update({ where: { id: clinicId }, data: { logo: null, logoMimeType: null } })
  const logo = await prepareLogo(bytes)
  return db.clinic.update({ where: { id: clinicId }, data: { logo: new Uint8Array(logo.data), logoMimeType: logo.mimeType } })
}
