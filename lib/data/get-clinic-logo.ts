import type { PrismaClient } from '../../generated/prisma/client'
import type { TPdfLogo } from '../pdf/render-handout-pdf'

export async function getClinicLogo(db: PrismaClient, { clinicId }: { clinicId: string }): Promise<TPdfLogo | undefined> {
  const clinic = await db.clinic.findUnique({ where: { id: clinicId }, select: { logo: true, logoMimeType: true } })
  if (!clinic?.logo || (clinic.logoMimeType !== 'image/png' && clinic.logoMimeType !== 'image/jpeg')) return undefined
  return { data: clinic.logo, mimeType: clinic.logoMimeType }
}
