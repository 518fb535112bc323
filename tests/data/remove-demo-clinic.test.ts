import { describe, expect, it } from 'vitest'
import { verifyCredentials } from '@/lib/auth/verify-credentials'
import { createClinicWithAdmin } from '@/lib/data/create-clinic'
import { findDemoClinic, removeDemoClinic } from '@/lib/data/remove-demo-clinic'
import { DEMO_ACCOUNTS, seedDemoData } from '@/lib/data/seed-demo-data'
import { AppError } from '@/lib/errors'
import { createSuiteDatabase } from '../support/suite-database'

const database = createSuiteDatabase('remove-demo')
const RIVERSIDE = { name: 'Riverside Clinic', phone: '555 0100', address: '1 Main St', adminEmail: 'lee@riverside.example', adminName: 'Dr. Lee' }

describe('retiring the demo clinic', () => {
  it('is refused while the demo clinic is the only one, then takes it and all it holds, and nothing else', async () => {
    const db = database()
    await seedDemoData(db)
    const demo = (await findDemoClinic(db))!
    await db.template.create({ data: { clinicId: demo.clinicId, ownerId: (await db.user.findFirstOrThrow({ where: { email: DEMO_ACCOUNTS.clinician.email } })).id, name: 'Demo template', topic: 'leg-cramps', group: 'senior', causes: [], options: {}, sectionVersions: {} } })
    expect(await findDemoClinic(db)).toMatchObject({ name: 'Demo Family Clinic', users: 2, templates: 1 })

    const refused = await removeDemoClinic(db).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(AppError)
    expect((refused as AppError).message).toMatch(/only clinic.*npm run clinic:create/)
    expect(await db.user.count()).toBe(2)

    const { clinicId, oneTimePassword } = await createClinicWithAdmin(db, RIVERSIDE)
    expect(await removeDemoClinic(db)).toMatchObject({ clinicId: demo.clinicId, users: 2, templates: 1 })
    expect(await db.clinic.findMany({ select: { id: true } })).toEqual([{ id: clinicId }])
    expect(await db.template.count()).toBe(0)
    expect(await verifyCredentials(db, DEMO_ACCOUNTS.clinician)).toBeNull()
    expect(await verifyCredentials(db, { email: RIVERSIDE.adminEmail, password: oneTimePassword })).toMatchObject({ clinicId })
    // Gone for good: a second run finds nothing, and the database is not empty, so no new seed.
    expect(await removeDemoClinic(db)).toBeUndefined()
    expect(await seedDemoData(db)).toEqual({ isCreated: false })
  })
})
