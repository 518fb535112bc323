import type { PrismaClient } from '../../../generated/prisma/client'
import { getChangeableTemplate } from './get-template'
import type { TActor } from './template-access'

/** Deletes a template; the history of handouts made from it stays, without the link. */
export async function deleteTemplate(db: PrismaClient, actor: TActor, { templateId }: { templateId: string }) {
  await getChangeableTemplate(db, actor, templateId)
  await db.template.delete({ where: { id: templateId } })
}
