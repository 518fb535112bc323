import 'server-only'
import type { PrismaClient } from '../../generated/prisma/client'
import { AppError } from '../errors'
import { DEMO_ACCOUNTS } from './seed-demo-data'

export type TDemoClinicContents = { clinicId: string; name: string; users: number; templates: number; handoutsLogged: number }

/** The clinic that holds the demo accounts (whatever it has been renamed to), with what it holds; undefined once it is gone. */
export async function findDemoClinic(db: PrismaClient): Promise<TDemoClinicContents | undefined> {
  const clinic = await db.clinic.findFirst({
    where: { users: { some: { email: { in: Object.values(DEMO_ACCOUNTS).map((account) => account.email) } } } },
    select: { id: true, name: true, _count: { select: { users: true, templates: true, handouts: true } } },
  })
  if (!clinic) return undefined
  return { clinicId: clinic.id, name: clinic.name, users: clinic._count.users, templates: clinic._count.templates, handoutsLogged: clinic._count.handouts }
}

/**
 * Takes the demo clinic out of a database that now serves a real clinic: its accounts, whose
 * passwords are published, and everything they made. Refused while it is the only clinic,
 * because `npm start` gives an empty database the demo clinic again.
 */
export async function removeDemoClinic(db: PrismaClient): Promise<TDemoClinicContents | undefined> {
  const demo = await findDemoClinic(db)
  if (!demo) return undefined
  if ((await db.clinic.count({ where: { id: { not: demo.clinicId } } })) === 0) {
    throw new AppError('conflict', 'The demo clinic is the only clinic. Create yours first (npm run clinic:create), or the next npm start would add the demo clinic again.')
  }
  // Its users, templates and history lines go with it (onDelete: Cascade in the schema).
  await db.clinic.delete({ where: { id: demo.clinicId } })
  return demo
}
