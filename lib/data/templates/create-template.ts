import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import type { TTemplateInput } from '../../handout/template-input'
import type { TActor } from './template-access'

export async function createTemplate(db: PrismaClient, actor: TActor, input: TTemplateInput, sectionVersions: Record<string, string>) {
  const { request, ...fields } = input
  return db.template.create({
    data: { ...fields, ...request, clinicId: actor.clinicId, ownerId: actor.id, sectionVersions },
  })
}
