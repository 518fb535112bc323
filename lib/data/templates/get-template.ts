import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import { AppError } from '../../errors'
import { parseTemplateRef } from '../../handout/template-input'
import { canChange, visibleTo, type TActor } from './template-access'

/** A template the actor can see, or not_found: another clinic's ids look like unknown ones. */
export async function getTemplateById(db: PrismaClient, actor: TActor, templateId: string) {
  // Checked here, where every read and change of a template starts: an id reaches the query only as text.
  parseTemplateRef({ templateId })
  const template = await db.template.findFirst({ where: { id: templateId, ...visibleTo(actor) }, include: { owner: { select: { name: true } } } })
  if (!template) throw new AppError('not_found', 'Template not found')
  return template
}

/** As getTemplateById, and the actor must be allowed to change it. */
export async function getChangeableTemplate(db: PrismaClient, actor: TActor, templateId: string) {
  const template = await getTemplateById(db, actor, templateId)
  if (!canChange(actor, template)) throw new AppError('forbidden', 'Only its owner or a clinic admin can change this template')
  return template
}
