import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import { getTemplateById } from './get-template'
import type { TActor } from './template-access'
import { freeCopyName } from './template-names'

/** A personal copy for the actor of any template they can see. */
export async function duplicateTemplate(db: PrismaClient, actor: TActor, { templateId }: { templateId: string }) {
  const source = await getTemplateById(db, actor, templateId)
  return db.template.create({
    data: {
      clinicId: actor.clinicId,
      ownerId: actor.id,
      name: await freeCopyName(db, source.name, { clinicId: actor.clinicId, ownerId: actor.id, isShared: false }),
      isShared: false,
      topic: source.topic,
      group: source.group,
      causes: source.causes ?? [],
      options: source.options ?? {},
      defaultNote: source.defaultNote,
      followUpDays: source.followUpDays,
      sectionVersions: source.sectionVersions ?? {},
    },
  })
}
