import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import { visibleTo, type TActor } from './template-access'

export type TTemplateFilter = { search?: string; group?: string }

/**
 * The templates an actor can see, newest first, optionally by name and group. Name search
 * runs here rather than in SQL so it is case-insensitive on SQLite and PostgreSQL alike.
 */
export async function findTemplates(db: PrismaClient, actor: TActor, { search, group }: TTemplateFilter = {}) {
  const templates = await db.template.findMany({
    where: { ...visibleTo(actor), ...(group ? { group } : {}) },
    orderBy: { updatedAt: 'desc' },
    include: { owner: { select: { name: true } } },
  })
  const words = (search ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean)
  return words.length ? templates.filter((template) => words.every((word) => template.name.toLocaleLowerCase().includes(word))) : templates
}
