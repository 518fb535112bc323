import type { PrismaClient } from '@/generated/prisma/client'
import type { TActor } from '@/lib/data/templates/template-access'

/** The builder's input for a typical template, as "Save as template" sends it. */
export const NIGHT_CRAMPS = {
  name: 'Night cramps, seniors',
  isShared: false,
  topic: 'leg-cramps',
  group: 'senior',
  causes: ['dehydration', 'medications'],
  options: { largePrint: false, includeSources: true, extras: [] },
  defaultNote: 'Stretch before bed.',
  followUpDays: 14,
}

export type TClinic = { id: string; admin: TActor; clinicians: TActor[] }

/** A clinic with one admin and the given clinicians, as the admin pages create them. */
export async function createClinic(db: PrismaClient, slug: string, clinicianCount: number): Promise<TClinic> {
  const clinic = await db.clinic.create({ data: { name: `${slug} clinic`, phone: '555-0100', address: `1 ${slug} Street`, emailDomain: `${slug}.test` } })
  const person = (name: string, role: 'clinician' | 'admin') =>
    db.user.create({ data: { clinicId: clinic.id, email: `${name}@${slug}.test`, name: `${name} of ${slug}`, role }, select: { id: true, clinicId: true, role: true } })
  const admin = await person('admin', 'admin')
  const clinicians: TActor[] = []
  for (let index = 1; index <= clinicianCount; index++) clinicians.push(await person(`clinician${index}`, 'clinician'))
  return { id: clinic.id, admin, clinicians }
}
