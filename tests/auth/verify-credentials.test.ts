import { beforeAll, describe, expect, it } from 'vitest'
import { hashPassword } from '@/lib/data/password'
import { verifyCredentials } from '@/lib/auth/verify-credentials'
import { DEMO_ACCOUNTS, seedDemoData } from '@/lib/data/seed-demo-data'
import { createSuiteDatabase } from '../support/suite-database'

const DISABLED = { email: 'left.the.clinic@demo-clinic.test', password: 'still-remembers-it' }
const SSO_ONLY = { email: 'sso.only@demo-clinic.test' }

describe('signing in with email and password', () => {
  const database = createSuiteDatabase('verify-credentials')

  beforeAll(async () => {
    const db = database()
    await seedDemoData(db)
    const clinic = await db.clinic.findFirstOrThrow()
    await db.user.create({
      data: { email: DISABLED.email, name: 'Former Nurse', passwordHash: await hashPassword(DISABLED.password), disabledAt: new Date(), clinicId: clinic.id },
    })
    await db.user.create({ data: { email: SSO_ONLY.email, name: 'Sam Sso', passwordHash: null, clinicId: clinic.id } })
  })

  it('returns the user for the right email and password', async () => {
    const user = await verifyCredentials(database(), DEMO_ACCOUNTS.clinician)
    expect(user).toMatchObject({ email: DEMO_ACCOUNTS.clinician.email, name: DEMO_ACCOUNTS.clinician.name, role: 'clinician', disabledAt: null })
  })

  it('matches the email whatever its case and surrounding spaces', async () => {
    const user = await verifyCredentials(database(), { email: '  Admin@DEMO-Clinic.Test \n', password: DEMO_ACCOUNTS.admin.password })
    expect(user).toMatchObject({ email: DEMO_ACCOUNTS.admin.email, role: 'admin' })
  })

  it('does not trim or change the case of the password', async () => {
    const { email, password } = DEMO_ACCOUNTS.clinician
    expect(await verifyCredentials(database(), { email, password: ` ${password}` })).toBeNull()
    expect(await verifyCredentials(database(), { email, password: password.toUpperCase() })).toBeNull()
  })

  it('refuses a wrong password and an unknown email alike', async () => {
    expect(await verifyCredentials(database(), { email: DEMO_ACCOUNTS.clinician.email, password: DEMO_ACCOUNTS.admin.password })).toBeNull()
    expect(await verifyCredentials(database(), { email: 'nobody@demo-clinic.test', password: DEMO_ACCOUNTS.clinician.password })).toBeNull()
  })

  it('refuses a disabled user even with the right password', async () => {
    expect(await verifyCredentials(database(), DISABLED)).toBeNull()
  })

  it('refuses a user who signs in only through single sign-on, whatever password is tried', async () => {
    for (const password of ['x', 'null', 'undefined', DEMO_ACCOUNTS.clinician.password]) {
      expect(await verifyCredentials(database(), { email: SSO_ONLY.email, password })).toBeNull()
    }
  })

  it('refuses malformed input instead of throwing', async () => {
    const { email, password } = DEMO_ACCOUNTS.clinician
    const malformed: unknown[] = [
      undefined,
      null,
      `${email}:${password}`,
      42,
      [email, password],
      {},
      { email },
      { password },
      { email, password: '' },
      { email: 'not an email', password },
      { email: [email], password },
      { email, password: { toString: () => password } },
      { email: `${'a'.repeat(1_000_000)}@demo-clinic.test`, password },
      { email, password: password + 'x'.repeat(1_000_000) },
      { email, password: 'x'.repeat(1025) },
    ]
    for (const input of malformed) expect(await verifyCredentials(database(), input)).toBeNull()
  })
})
