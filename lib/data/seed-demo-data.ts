import 'server-only'
import type { PrismaClient } from '../../generated/prisma/client'
import { hashPassword } from './password'

/** Demo accounts for trying the app on your own machine. Never use them on a real server. */
export const DEMO_ACCOUNTS = {
  clinician: { email: 'clinician@demo-clinic.test', password: 'calf-stretch-demo', name: 'Dr. Dana Demo' },
  admin: { email: 'admin@demo-clinic.test', password: 'clinic-admin-demo', name: 'Alex Admin' },
} as const

export const DEMO_CLINIC = {
  name: 'Demo Family Clinic',
  phone: '555-0100',
  address: '1 Example Street, Springfield',
  emailDomain: 'demo-clinic.test',
} as const

/** Creates the demo clinic and its two users, but only in an empty database. */
export async function seedDemoData(db: PrismaClient): Promise<{ isCreated: boolean }> {
  if ((await db.clinic.count()) > 0 || (await db.user.count()) > 0) return { isCreated: false }
  const [clinicianHash, adminHash] = await Promise.all([
    hashPassword(DEMO_ACCOUNTS.clinician.password),
    hashPassword(DEMO_ACCOUNTS.admin.password),
  ])
  await db.clinic.create({
    data: {
      ...DEMO_CLINIC,
      users: {
        create: [
          { email: DEMO_ACCOUNTS.clinician.email, name: DEMO_ACCOUNTS.clinician.name, passwordHash: clinicianHash, role: 'clinician' },
          { email: DEMO_ACCOUNTS.admin.email, name: DEMO_ACCOUNTS.admin.name, passwordHash: adminHash, role: 'admin' },
        ],
      },
    },
  })
  return { isCreated: true }
}
