import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import type { TActor } from '../templates/template-access'

/** Handouts made by the actor, or by the whole clinic for a clinic admin who asks for it. Newest first. */
export function findHistory(db: PrismaClient, actor: TActor, { isClinicWide, limit = 200 }: { isClinicWide: boolean; limit?: number }) {
  const where = isClinicWide && actor.role === 'admin' ? { clinicId: actor.clinicId } : { clinicId: actor.clinicId, userId: actor.id }
  return db.handoutLog.findMany({
    where,
    orderBy: { createdAt: 'desc' },
    take: limit,
    include: { user: { select: { name: true } }, template: { select: { id: true, name: true } } },
  })
}

/**
 * When each content version was first used in the clinic: a clinician reads "Leg cramps, version
 * of 3 Dec 2026", not a hash. The hash stays for tracing a printed handout to its text.
 */
export async function contentVersionDates(db: PrismaClient, actor: TActor, versions: string[]): Promise<Map<string, Date>> {
  const rows = await db.handoutLog.groupBy({ by: ['contentVersion'], where: { clinicId: actor.clinicId, contentVersion: { in: [...new Set(versions)] } }, _min: { createdAt: true } })
  return new Map(rows.flatMap((row) => (row._min.createdAt ? [[row.contentVersion, row._min.createdAt] as const] : [])))
}
