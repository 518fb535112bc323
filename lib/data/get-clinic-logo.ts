import 'server-only'
import type { PrismaClient } from '../../generated/prisma/client'
import { prepareLogo, type TPreparedLogo } from '../images/prepare-logo'
import { log } from '../log'

/** A logo as the PDF prints it; the renderer's own logo type has the same shape. */
export type TClinicLogo = Pick<TPreparedLogo, 'data' | 'mimeType'>

// Logos change rarely: keep each clinic's prepared copy until its details change. A promise, so
// requests that arrive together prepare it once.
const cache = new Map<string, { updatedAt: number; logo: Promise<TClinicLogo | undefined> }>()

/**
 * A stored logo as the PDF may print it. Logos stored before uploads were re-encoded can be
 * anything the old check let through (a 4000 × 4000 decompression bomb, a JPEG header with no
 * image): each goes through prepareLogo once per process, and one it refuses is left off the
 * handout and logged, instead of reaching the renderer. @see issue 20, item 2
 */
async function printableLogo(clinicId: string, stored: Uint8Array): Promise<TClinicLogo | undefined> {
  try {
    const { data, mimeType } = await prepareLogo(Buffer.from(stored))
    return { data, mimeType }
  } catch (error) {
    log.warn({ event: 'clinic.logo_unprintable', clinicId, error: (error as Error).message }, 'stored logo refused; handouts print without it until a new one is uploaded')
    return undefined
  }
}

/** The clinic's logo for the PDF header. Pass the clinic's `updatedAt` to reuse the copy in memory without a query. */
export async function getClinicLogo(db: PrismaClient, { clinicId, updatedAt }: { clinicId: string; updatedAt?: Date }): Promise<TClinicLogo | undefined> {
  const cached = cache.get(clinicId)
  if (cached && updatedAt && cached.updatedAt === updatedAt.getTime()) return cached.logo
  const clinic = await db.clinic.findUnique({ where: { id: clinicId }, select: { logo: true, updatedAt: true } })
  if (!clinic) return undefined
  const latest = cache.get(clinicId)
  if (latest && latest.updatedAt === clinic.updatedAt.getTime()) return latest.logo
  const logo = clinic.logo ? printableLogo(clinicId, clinic.logo) : Promise.resolve(undefined)
  cache.set(clinicId, { updatedAt: clinic.updatedAt.getTime(), logo })
  return logo
}
