import { beforeAll, describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '@/lib/data/password'
import { verifyCredentials } from '@/lib/auth/verify-credentials'
import { startSession, findLiveSession } from '@/lib/data/user-sessions'
import { addClinician, listClinicUsers, resetUserPassword, setUserDisabled, signOutClinicUserEverywhere, ZNewClinician } from '@/lib/data/clinic-users'
import { DEMO_ACCOUNTS, seedDemoData } from '@/lib/data/seed-demo-data'
import { AppError } from '@/lib/errors'
import { fromZodError } from '@/lib/forms/action-state'
import { createSuiteDatabase } from '../support/suite-database'

const ONE_TIME_PASSWORD = /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/
const OTHER_CLINIC_USER = { email: 'bea@harbour-clinic.test', password: 'harbour-clinic-pass' }

/** What the admin form shows for this input: the schema's field errors, or the parsed input. */
function newClinicianForm(input: unknown) {
  const parsed = ZNewClinician.safeParse(input)
  return parsed.success ? parsed.data : fromZodError(parsed.error)
}

describe('the new-clinician form', () => {
  it('accepts an email, a name and a role, tidying the email and name', () => {
    expect(newClinicianForm({ email: '  Nia.New@Demo-Clinic.TEST ', name: '  Nia New ', role: 'admin' })).toEqual({
      email: 'nia.new@demo-clinic.test',
      name: 'Nia New',
      role: 'admin',
    })
  })

  it('names each field that is wrong', () => {
    expect(newClinicianForm({ email: 'nia at clinic', name: '   ', role: 'owner' })).toMatchObject({
      status: 'error',
      fieldErrors: { email: 'must be an email address', name: 'must not be empty', role: 'must be clinician or admin' },
    })
    expect(newClinicianForm({ email: 'nia@demo-clinic.test', name: 'N'.repeat(81), role: 'clinician' })).toMatchObject({
      fieldErrors: { name: 'must be at most 80 characters' },
    })
  })
})

describe('managing the users of a clinic', () => {
  const database = createSuiteDatabase('clinic-users')
  let demo: { clinicId: string; adminId: string; clinicianId: string }
  let other: { clinicId: string; userId: string }

  beforeAll(async () => {
    const db = database()
    await seedDemoData(db)
    const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email } })
    const clinician = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.clinician.email } })
    demo = { clinicId: admin.clinicId, adminId: admin.id, clinicianId: clinician.id }
    const harbour = await db.clinic.create({
      data: {
        name: 'Harbour Clinic',
        phone: '555-0199',
        address: '9 Quay Road',
        emailDomain: 'harbour-clinic.test',
        users: { create: { email: OTHER_CLINIC_USER.email, name: 'Bea Harbour', role: 'admin', passwordHash: await hashPassword(OTHER_CLINIC_USER.password) } },
      },
      include: { users: true },
    })
    other = { clinicId: harbour.id, userId: harbour.users[0]!.id }
  })

  it('adds a clinician with a readable one-time password that signs them in and must then be changed', async () => {
    const db = database()
    const input = ZNewClinician.parse({ email: ' Nia.New@Demo-Clinic.test', name: 'Nia New', role: 'clinician' })

    const { oneTimePassword } = await addClinician(db, { clinicId: demo.clinicId }, input)

    expect(oneTimePassword).toMatch(ONE_TIME_PASSWORD)
    const user = await db.user.findUniqueOrThrow({ where: { email: 'nia.new@demo-clinic.test' } })
    expect(user).toMatchObject({ name: 'Nia New', role: 'clinician', clinicId: demo.clinicId, mustChangePassword: true, disabledAt: null })
    expect(await verifyPassword(user.passwordHash!, oneTimePassword)).toBe(true)
    expect(await verifyCredentials(db, { email: 'nia.new@demo-clinic.test', password: oneTimePassword })).toMatchObject({ id: user.id })
  })

  it('gives each new user a different one-time password', async () => {
    const db = database()
    const passwords = new Set<string>()
    for (const name of ['Ola', 'Pia', 'Quin']) {
      const input = ZNewClinician.parse({ email: `${name.toLowerCase()}@demo-clinic.test`, name, role: 'admin' })
      passwords.add((await addClinician(db, { clinicId: demo.clinicId }, input)).oneTimePassword)
    }
    expect(passwords.size).toBe(3)
  })

  it('refuses an email already used by an account in any clinic, whatever its case, and writes nothing', async () => {
    const db = database()
    const usersBefore = await db.user.findMany({ orderBy: { id: 'asc' } })
    for (const email of [DEMO_ACCOUNTS.clinician.email, OTHER_CLINIC_USER.email.toUpperCase()]) {
      const input = ZNewClinician.parse({ email, name: 'Copy Cat', role: 'clinician' })
      const error = await addClinician(db, { clinicId: demo.clinicId }, input).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'invalid_input', problems: [{ field: 'email', message: 'is already used by an account' }] })
    }
    expect(await db.user.findMany({ orderBy: { id: 'asc' } })).toEqual(usersBefore)
  })

  it('disables a user of the clinic so they can no longer sign in, and enables them again', async () => {
    const db = database()
    const scope = { clinicId: demo.clinicId, actingUserId: demo.adminId }

    await setUserDisabled(db, scope, { userId: demo.clinicianId, isDisabled: true })
    expect((await db.user.findUniqueOrThrow({ where: { id: demo.clinicianId } })).disabledAt).toBeInstanceOf(Date)
    expect(await verifyCredentials(db, DEMO_ACCOUNTS.clinician)).toBeNull()

    await setUserDisabled(db, scope, { userId: demo.clinicianId, isDisabled: false })
    expect((await db.user.findUniqueOrThrow({ where: { id: demo.clinicianId } })).disabledAt).toBeNull()
    expect(await verifyCredentials(db, DEMO_ACCOUNTS.clinician)).toMatchObject({ id: demo.clinicianId })
  })

  it('does not let an admin disable their own account', async () => {
    const db = database()
    const error = await setUserDisabled(db, { clinicId: demo.clinicId, actingUserId: demo.adminId }, { userId: demo.adminId, isDisabled: true }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'invalid_input', problems: [{ field: 'userId', message: 'you cannot disable your own account' }] })
    expect((await db.user.findUniqueOrThrow({ where: { id: demo.adminId } })).disabledAt).toBeNull()
  })

  it('resets a user’s password to a new one-time password; the old one stops working', async () => {
    const db = database()
    const input = ZNewClinician.parse({ email: 'forgetful@demo-clinic.test', name: 'Forgetful Fay', role: 'clinician' })
    const { oneTimePassword: first } = await addClinician(db, { clinicId: demo.clinicId }, input)
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email } })
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } })

    const { oneTimePassword: second } = await resetUserPassword(db, { clinicId: demo.clinicId }, { userId: user.id })

    expect(second).toMatch(ONE_TIME_PASSWORD)
    expect(second).not.toBe(first)
    expect(await verifyCredentials(db, { email: input.email, password: first })).toBeNull()
    expect(await verifyCredentials(db, { email: input.email, password: second })).toMatchObject({ id: user.id, mustChangePassword: true })
  })

  it('treats another clinic’s user as not found: no disabling, no password reset, nothing changed', async () => {
    const db = database()
    const before = await db.user.findUniqueOrThrow({ where: { id: other.userId } })

    const disabling = await setUserDisabled(db, { clinicId: demo.clinicId, actingUserId: demo.adminId }, { userId: other.userId, isDisabled: true }).catch(
      (caught: unknown) => caught,
    )
    const resetting = await resetUserPassword(db, { clinicId: demo.clinicId }, { userId: other.userId }).catch((caught: unknown) => caught)

    for (const error of [disabling, resetting]) {
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'not_found', message: 'No such user in this clinic' })
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: other.userId } })).toEqual(before)
    expect(await verifyCredentials(db, OTHER_CLINIC_USER)).toMatchObject({ id: other.userId })
  })

  it('answers an unknown user id exactly as it answers another clinic’s', async () => {
    const db = database()
    const errorFor = (userId: string) => resetUserPassword(db, { clinicId: demo.clinicId }, { userId }).catch((caught: unknown) => caught)
    const [unknown, foreign] = await Promise.all([errorFor('no-such-user'), errorFor(other.userId)])
    expect(unknown).toEqual(foreign)
    expect(unknown).toMatchObject({ code: 'not_found', problems: [] })
  })

  it('signs a user out everywhere at the admin’s word, as disabling and a password reset do; another clinic’s user is not found and keeps theirs', async () => {
    const db = database()
    const limits = { maxAgeMs: 8 * 3600_000, idleMs: 30 * 60_000 }
    const clinician = { userId: demo.clinicianId, clinicId: demo.clinicId }
    const isLive = async (session: { id: string; userId: string; clinicId: string }) => (await findLiveSession(db, { ...session, sessionId: session.id }, limits)) !== null
    const signInTwice = async () => [await startSession(db, clinician, limits), await startSession(db, clinician, limits)]

    const sessions = await signInTwice()
    expect(await signOutClinicUserEverywhere(db, { clinicId: demo.clinicId }, { userId: demo.clinicianId })).toEqual({ endedSessions: 2 })
    for (const session of sessions) expect(await isLive(session)).toBe(false)

    const beforeDisabling = await signInTwice()
    await setUserDisabled(db, { clinicId: demo.clinicId, actingUserId: demo.adminId }, { userId: demo.clinicianId, isDisabled: true })
    await setUserDisabled(db, { clinicId: demo.clinicId, actingUserId: demo.adminId }, { userId: demo.clinicianId, isDisabled: false })
    for (const session of beforeDisabling) expect(await isLive(session)).toBe(false)

    const beforeReset = await signInTwice()
    await resetUserPassword(db, { clinicId: demo.clinicId }, { userId: demo.clinicianId })
    for (const session of beforeReset) expect(await isLive(session)).toBe(false)

    const bea = await startSession(db, other, limits)
    const error = await signOutClinicUserEverywhere(db, { clinicId: demo.clinicId }, { userId: other.userId }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'not_found', message: 'No such user in this clinic' })
    expect(await isLive(bea)).toBe(true)
  })

  it('lists only the clinic’s own users: active ones by name, disabled ones last', async () => {
    const db = database()
    const clinic = await db.clinic.create({ data: { name: 'Valley Clinic', phone: '555-0150', address: '3 Valley Way' } })
    await db.user.createMany({
      data: [
        { email: 'zed@valley.test', name: 'Zed Zimmer', clinicId: clinic.id, passwordHash: 'argon2-hash', role: 'admin' },
        { email: 'amy@valley.test', name: 'Amy Adams', clinicId: clinic.id, disabledAt: new Date() },
        { email: 'bo@valley.test', name: 'Bo Brown', clinicId: clinic.id, mustChangePassword: true, passwordHash: 'argon2-hash' },
      ],
    })

    const users = await listClinicUsers(db, { clinicId: clinic.id })

    expect(users.map(({ email, role, mustChangePassword, disabledAt }) => ({ email, role, mustChangePassword, isDisabled: disabledAt !== null }))).toEqual([
      { email: 'bo@valley.test', role: 'clinician', mustChangePassword: true, isDisabled: false },
      { email: 'zed@valley.test', role: 'admin', mustChangePassword: false, isDisabled: false },
      { email: 'amy@valley.test', role: 'clinician', mustChangePassword: false, isDisabled: true },
    ])
    const demoEmails = (await listClinicUsers(db, { clinicId: demo.clinicId })).map((user) => user.email)
    expect(demoEmails).toContain(DEMO_ACCOUNTS.admin.email)
    expect(demoEmails).not.toContain(OTHER_CLINIC_USER.email)
    expect(demoEmails.filter((email) => !email.endsWith('@demo-clinic.test'))).toEqual([])
  })
})
