import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import { AppError } from '../../errors'
import { getChangeableTemplate } from './get-template'
import { changeableBy, type TActor } from './template-access'

/** Deletes a template; the history of handouts made from it stays, without the link. */
export async function deleteTemplate(db: PrismaClient, actor: TActor, { templateId }: { templateId: string }) {
  await getChangeableTemplate(db, actor, templateId)
  // The check above tells "not yours" from "not found"; the write is scoped on its own all the same.
  const { count } = await db.template.deleteMany({ where: { id: templateId, ...changeableBy(actor) } })
  if (count === 0) throw new AppError('not_found', 'Template not found')
}
