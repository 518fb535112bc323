import { describe, expect, it } from 'vitest'
import { verifyCredentials } from '@/lib/auth/verify-credentials'
import { createClinicWithAdmin } from '@/lib/data/create-clinic'
import { AppError } from '@/lib/errors'
import { createSuiteDatabase } from '../support/suite-database'

const database = createSuiteDatabase('create-clinic')
const RIVERSIDE = { name: 'Riverside Clinic', phone: '555 0100', address: '1 Main St', adminEmail: ' Lee@Riverside.example ', adminName: 'Dr. Lee' }

describe('creating a clinic with its first admin', () => {
  it('makes the clinic and an admin who signs in with a one-time password and must then choose their own', async () => {
    const db = database()
    const { clinicId, adminEmail, oneTimePassword } = await createClinicWithAdmin(db, RIVERSIDE)
    expect(adminEmail).toBe('lee@riverside.example')
    expect(await db.clinic.findUniqueOrThrow({ where: { id: clinicId } })).toMatchObject({ name: 'Riverside Clinic', phone: '555 0100', address: '1 Main St' })
    const admin = await verifyCredentials(db, { email: adminEmail, password: oneTimePassword })
    expect(admin).toMatchObject({ clinicId, role: 'admin', name: 'Dr. Lee', mustChangePassword: true })
  })

  it('names each bad field, refuses an email already in use, and writes nothing', async () => {
    const db = database()
    const before = { clinics: await db.clinic.count(), users: await db.user.count() }
    const problemsOf = async (input: unknown) => {
      const error = await createClinicWithAdmin(db, input).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(AppError)
      return (error as AppError).problems.map((problem) => problem.field)
    }
    expect(await problemsOf({ ...RIVERSIDE, name: ' ', phone: 'call us', adminEmail: 'not-an-email' })).toEqual(['name', 'phone', 'adminEmail'])
    expect(await problemsOf({ ...RIVERSIDE, name: 'Another Clinic', adminEmail: 'LEE@riverside.example' })).toEqual(['adminEmail'])
    expect(await problemsOf('a clinic, please')).toEqual(['(input)'])
    expect({ clinics: await db.clinic.count(), users: await db.user.count() }).toEqual(before)
  })
})
