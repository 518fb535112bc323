import 'server-only'
import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'

const ZSsoEmail = z.string().trim().toLowerCase().email().max(254)

export type TSsoResult = { ok: true; userId: string } | { ok: false; reason: 'no-clinic' | 'disabled' | 'no-email' }

/**
 * A person signing in through single sign-on: an existing account by email, or a new
 * clinician in the clinic whose email domain matches. Anyone else is refused.
 */
export async function joinClinicBySso(db: PrismaClient, profile: { email?: string | null; name?: string | null }): Promise<TSsoResult> {
  const parsed = ZSsoEmail.safeParse(profile.email)
  if (!parsed.success) return { ok: false, reason: 'no-email' }
  const email = parsed.data
  const existing = await db.user.findUnique({ where: { email } })
  if (existing) return existing.disabledAt ? { ok: false, reason: 'disabled' } : { ok: true, userId: existing.id }
  const clinic = await db.clinic.findUnique({ where: { emailDomain: email.slice(email.lastIndexOf('@') + 1) } })
  if (!clinic) return { ok: false, reason: 'no-clinic' }
  const user = await db.user.create({
    data: { email, name: profile.name?.trim() || email.split('@')[0]!, role: 'clinician', clinicId: clinic.id },
  })
  return { ok: true, userId: user.id }
}
