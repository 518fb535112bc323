import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'
import { AppError } from '../../errors'

/** "Night cramps" and " night  CRAMPS" are one name to a clinician choosing from a list. */
const normalized = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase()
const sameName = (a: string, b: string) => normalized(a) === normalized(b)

type TNamePlace = { clinicId: string; ownerId: string; isShared: boolean; exceptId?: string }

/** The names already taken where a template would sit: the clinic's shared ones, or its owner's own. */
async function namesTaken(db: PrismaClient, { clinicId, ownerId, isShared, exceptId }: TNamePlace): Promise<string[]> {
  const rows = await db.template.findMany({
    where: { clinicId, isShared, ...(isShared ? {} : { ownerId }), ...(exceptId && { id: { not: exceptId } }) },
    select: { name: true },
  })
  return rows.map((row) => row.name)
}

/**
 * Refuses a name another template already has in the same list: among the clinic's shared
 * templates, or among one clinician's own. Checked by the app, not by a unique index, because
 * "the same name" ignores case and spacing, which neither database's index can say portably.
 */
export async function assertTemplateNameFree(db: PrismaClient, name: string, place: TNamePlace): Promise<void> {
  if (!(await namesTaken(db, place)).some((taken) => sameName(taken, name))) return
  const where = place.isShared ? 'The clinic already shares a template' : 'There is already a personal template'
  throw new AppError('invalid_input', `${where} called "${name.trim()}"`, [{ field: 'name', message: `${where.toLowerCase()} called "${name.trim()}"; choose another name` }])
}

/** `name (copy)`, or `name (copy 2)` and on, the first that is free among the owner's own templates. */
export async function freeCopyName(db: PrismaClient, name: string, place: TNamePlace): Promise<string> {
  const taken = await namesTaken(db, place)
  for (let number = 1; ; number++) {
    const suffix = number === 1 ? ' (copy)' : ` (copy ${number})`
    const candidate = `${name.slice(0, 80 - suffix.length)}${suffix}`
    if (!taken.some((other) => sameName(other, candidate))) return candidate
  }
}
