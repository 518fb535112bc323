import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import type { THandout } from '../../handout/assemble'

/**
 * Records that a handout was made: who, which choices, which content, how long. The
 * patient's name and the clinician's note are deliberately not among the fields.
 */
export async function logHandout(
  db: PrismaClient,
  actor: { id: string; clinicId: string },
  { handout, pageCount, renderMs, templateId }: { handout: THandout; pageCount: number; renderMs: number; templateId?: string },
) {
  await db.handoutLog.create({
    data: {
      clinicId: actor.clinicId,
      userId: actor.id,
      templateId: templateId ?? null,
      topic: handout.topicId,
      group: handout.group.id,
      causes: handout.causes.map((cause) => cause.id),
      options: { largePrint: handout.largePrint, includeSources: handout.sources.length > 0 },
      contentVersion: handout.contentVersion,
      pageCount,
      renderMs: Math.round(renderMs),
    },
    // Nothing is read back: without this, Prisma selects the whole new row again.
    select: { id: true },
  })
}
