import type { PrismaClient } from '../../generated/prisma/client'
import type { TPdfLogo } from '../pdf/render-handout-pdf'

// Logos change rarely and can be a megabyte: keep each clinic's, until its details change.
const cache = new Map<string, { updatedAt: number; logo: TPdfLogo | undefined }>()

/** The clinic's logo for the PDF header. Pass the clinic's `updatedAt` to reuse the copy in memory. */
export async function getClinicLogo(db: PrismaClient, { clinicId, updatedAt }: { clinicId: string; updatedAt?: Date }): Promise<TPdfLogo | undefined> {
  const cached = cache.get(clinicId)
  if (cached && updatedAt && cached.updatedAt === updatedAt.getTime()) return cached.logo
  const clinic = await db.clinic.findUnique({ where: { id: clinicId }, select: { logo: true, logoMimeType: true, updatedAt: true } })
  const mimeType = clinic?.logoMimeType
  const logo: TPdfLogo | undefined = clinic?.logo && (mimeType === 'image/png' || mimeType === 'image/jpeg') ? { data: clinic.logo, mimeType } : undefined
  if (clinic) cache.set(clinicId, { updatedAt: clinic.updatedAt.getTime(), logo })
  return logo
}
