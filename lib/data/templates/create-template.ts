import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import type { TTemplateInput } from '../../handout/template-input'
import type { TActor } from './template-access'
import { assertTemplateNameFree } from './template-names'

export async function createTemplate(db: PrismaClient, actor: TActor, input: TTemplateInput, sectionVersions: Record<string, string>) {
  const { request, ...fields } = input
  await assertTemplateNameFree(db, fields.name, { clinicId: actor.clinicId, ownerId: actor.id, isShared: fields.isShared })
  return db.template.create({
    data: { ...fields, ...request, clinicId: actor.clinicId, ownerId: actor.id, sectionVersions },
  })
}
