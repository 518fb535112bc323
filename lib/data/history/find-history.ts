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
