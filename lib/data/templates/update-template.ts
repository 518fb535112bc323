import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import { AppError } from '../../errors'
import { parseTemplateRef, type TTemplateInput } from '../../handout/template-input'
import { getChangeableTemplate } from './get-template'
import { changeableBy, type TActor } from './template-access'
import { assertTemplateNameFree } from './template-names'

/**
 * Saves an edit made from `expectedVersion`. If someone saved in between, nothing is written
 * and a `conflict` error carries the newer template, so no change is ever silently lost.
 */
export async function updateTemplate(
  db: PrismaClient,
  actor: TActor,
  { templateId, expectedVersion }: { templateId: string; expectedVersion: number },
  input: TTemplateInput,
  sectionVersions: Record<string, string>,
) {
  // The version goes into the query's where: a filter object instead of a number would match any version.
  parseTemplateRef({ templateId, expectedVersion })
  const { ownerId } = await getChangeableTemplate(db, actor, templateId)
  const { request, ...fields } = input
  await assertTemplateNameFree(db, fields.name, { clinicId: actor.clinicId, ownerId, isShared: fields.isShared, exceptId: templateId })
  // The version check and the write are one statement, so two saves cannot both pass it.
  const { count } = await db.template.updateMany({
    where: { id: templateId, clinicId: actor.clinicId, version: expectedVersion },
    data: { ...fields, ...request, sectionVersions, version: { increment: 1 } },
  })
  if (count === 0) throw new TemplateConflictError(await getChangeableTemplate(db, actor, templateId))
  // Read back by clinic, not by visibility: an admin who made a colleague's template personal can no longer see it.
  return db.template.findFirstOrThrow({ where: { id: templateId, clinicId: actor.clinicId } })
}

export class TemplateConflictError extends AppError {
  constructor(readonly current: Awaited<ReturnType<typeof getChangeableTemplate>>) {
    super('conflict', `Someone else saved this template (version ${current.version}) after you opened it. Your changes were not saved; review theirs and edit again.`)
  }
}

/** Takes the current guide sections as the template's own: clears the "changed" warning. */
export async function refreshTemplateContent(
  db: PrismaClient,
  actor: TActor,
  { templateId, expectedVersion }: { templateId: string; expectedVersion: number },
  sectionVersions: Record<string, string>,
) {
  parseTemplateRef({ templateId, expectedVersion })
  await getChangeableTemplate(db, actor, templateId)
  const { count } = await db.template.updateMany({
    where: { id: templateId, clinicId: actor.clinicId, version: expectedVersion },
    data: { sectionVersions, version: { increment: 1 } },
  })
  if (count === 0) throw new TemplateConflictError(await getChangeableTemplate(db, actor, templateId))
}

export async function setTemplateShared(db: PrismaClient, actor: TActor, { templateId, isShared }: { templateId: string; isShared: boolean }) {
  if (typeof isShared !== 'boolean') throw new AppError('invalid_input', 'Invalid sharing', [{ field: 'isShared', message: 'expected true or false' }])
  const { ownerId, name } = await getChangeableTemplate(db, actor, templateId)
  await assertTemplateNameFree(db, name, { clinicId: actor.clinicId, ownerId, isShared, exceptId: templateId })
  const { count } = await db.template.updateMany({ where: { id: templateId, ...changeableBy(actor) }, data: { isShared, version: { increment: 1 } } })
  if (count === 0) throw new AppError('not_found', 'Template not found')
}
