import 'server-only'
import type { Prisma } from '../../../generated/prisma/client'

/** Who is asking: every template query is scoped by these. */
export type TActor = { id: string; clinicId: string; role: 'clinician' | 'admin' }

/** Templates an actor may see: their own, and those shared in their clinic. Other clinics' never. */
export function visibleTo(actor: TActor): Prisma.TemplateWhereInput {
  return { clinicId: actor.clinicId, OR: [{ isShared: true }, { ownerId: actor.id }] }
}

/** Templates an actor may change, for a write's `where`: their own, or as its admin any of their clinic's. */
export function changeableBy(actor: TActor): Prisma.TemplateWhereInput {
  return actor.role === 'admin' ? { clinicId: actor.clinicId } : { clinicId: actor.clinicId, ownerId: actor.id }
}

/** The owner, or an admin of the template's clinic, may change it. */
export function canChange(actor: TActor, template: { ownerId: string; clinicId: string }): boolean {
  return template.clinicId === actor.clinicId && (template.ownerId === actor.id || actor.role === 'admin')
}
