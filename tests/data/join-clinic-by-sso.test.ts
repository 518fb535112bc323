import { beforeAll, describe, expect, it } from 'vitest'
import { joinClinicBySso } from '@/lib/data/join-clinic-by-sso'
import { DEMO_ACCOUNTS, DEMO_CLINIC, seedDemoData } from '@/lib/data/seed-demo-data'
import { createSuiteDatabase } from '../support/suite-database'

describe('joining a clinic through single sign-on', () => {
  const database = createSuiteDatabase('join-clinic-by-sso')
  let demoClinicId: string

  beforeAll(async () => {
    await seedDemoData(database())
    demoClinicId = (await database().clinic.findFirstOrThrow({ where: { emailDomain: DEMO_CLINIC.emailDomain } })).id
  })

  it('signs an existing user in as themselves, matching the email whatever its case, and changes nothing', async () => {
    const db = database()
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email } })
    const usersBefore = await db.user.count()

    expect(await joinClinicBySso(db, { email: '  ADMIN@Demo-Clinic.test ', name: 'Someone Else' })).toEqual({ ok: true, userId: admin.id })
    expect(await db.user.count()).toBe(usersBefore)
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toEqual(admin)
  })

  it('adds a first-time person from the clinic’s email domain as a clinician of that clinic, without a password', async () => {
    const db = database()
    const result = await joinClinicBySso(db, { email: 'Nurse.Joy@demo-clinic.test', name: '  Joy Nurse  ' })

    expect(result).toEqual({ ok: true, userId: expect.any(String) })
    const user = await db.user.findUniqueOrThrow({ where: { email: 'nurse.joy@demo-clinic.test' } })
    expect(result).toEqual({ ok: true, userId: user.id })
    expect(user).toMatchObject({ name: 'Joy Nurse', role: 'clinician', clinicId: demoClinicId, passwordHash: null, mustChangePassword: false, disabledAt: null })
  })

  it('names a new person after their email when the provider gives no name, and finds them again next time', async () => {
    const db = database()
    const first = await joinClinicBySso(db, { email: 'locum@demo-clinic.test', name: '   ' })
    const second = await joinClinicBySso(db, { email: 'locum@demo-clinic.test', name: null })

    expect(second).toEqual(first)
    expect(await db.user.findMany({ where: { email: 'locum@demo-clinic.test' }, select: { name: true } })).toEqual([{ name: 'locum' }])
  })

  it('refuses someone whose email domain belongs to no clinic, and writes nothing', async () => {
    const db = database()
    const usersBefore = await db.user.count()
    for (const email of ['stranger@elsewhere.test', 'sub@mail.demo-clinic.test', 'lookalike@demo-clinic.test.evil.example']) {
      expect(await joinClinicBySso(db, { email, name: 'Stranger' })).toEqual({ ok: false, reason: 'no-clinic' })
    }
    expect(await db.user.count()).toBe(usersBefore)
  })

  it('refuses a disabled account', async () => {
    const db = database()
    const disabled = await db.user.create({ data: { email: 'former@demo-clinic.test', name: 'Former', disabledAt: new Date(), clinicId: demoClinicId } })

    expect(await joinClinicBySso(db, { email: disabled.email, name: disabled.name })).toEqual({ ok: false, reason: 'disabled' })
    expect(await db.user.findUniqueOrThrow({ where: { id: disabled.id } })).toEqual(disabled)
  })

  it('refuses a profile without a usable email', async () => {
    const db = database()
    const usersBefore = await db.user.count()
    for (const email of [undefined, null, '', '   ', 'demo-clinic.test']) {
      expect(await joinClinicBySso(db, { email, name: 'No Email' })).toEqual({ ok: false, reason: 'no-email' })
    }
    expect(await db.user.count()).toBe(usersBefore)
  })
})
