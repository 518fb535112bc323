import { beforeAll, describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '@/lib/data/password'
import { findLiveSession, startSession } from '@/lib/data/user-sessions'
import { verifyCredentials } from '@/lib/auth/verify-credentials'
import { changeOwnPassword, ZPasswordChange } from '@/lib/data/change-own-password'
import { addClinician } from '@/lib/data/clinic-users'
import { DEMO_ACCOUNTS, seedDemoData } from '@/lib/data/seed-demo-data'
import { AppError } from '@/lib/errors'
import { fromZodError } from '@/lib/forms/action-state'
import { createSuiteDatabase } from '../support/suite-database'

/** What the change-password form shows for this input: the schema's field errors, or the parsed input. */
function passwordForm(input: { currentPassword: string; newPassword: string; confirmPassword: string }) {
  const parsed = ZPasswordChange.safeParse(input)
  return parsed.success ? parsed.data : fromZodError(parsed.error)
}

describe('the change-password form', () => {
  it('accepts a current password and a new one of at least 12 characters, typed twice', () => {
    const input = { currentPassword: 'k7mq-x2pd-9fwr-bt4e', newPassword: 'my own long password', confirmPassword: 'my own long password' }
    expect(passwordForm(input)).toEqual(input)
  })

  it('refuses a new password shorter than 12 characters', () => {
    expect(passwordForm({ currentPassword: 'k7mq-x2pd-9fwr-bt4e', newPassword: 'elevenchars', confirmPassword: 'elevenchars' })).toMatchObject({
      fieldErrors: { newPassword: 'must be at least 12 characters' },
    })
  })

  it('refuses a confirmation that differs from the new password', () => {
    expect(passwordForm({ currentPassword: 'k7mq-x2pd-9fwr-bt4e', newPassword: 'my own long password', confirmPassword: 'my own long pasword' })).toEqual({
      status: 'error',
      message: 'Please correct the fields marked below.',
      fieldErrors: { confirmPassword: 'does not match the new password' },
    })
  })

  it('refuses a new password that is the current one', () => {
    expect(passwordForm({ currentPassword: 'same old password', newPassword: 'same old password', confirmPassword: 'same old password' })).toEqual({
      status: 'error',
      message: 'Please correct the fields marked below.',
      fieldErrors: { newPassword: 'must differ from the current password' },
    })
  })

  it('names every problem at once', () => {
    expect(passwordForm({ currentPassword: '', newPassword: 'short', confirmPassword: 'shrt' })).toMatchObject({
      fieldErrors: { currentPassword: 'is required', newPassword: 'must be at least 12 characters', confirmPassword: 'does not match the new password' },
    })
  })
})

describe('changing one’s own password', () => {
  const database = createSuiteDatabase('change-own-password')
  let clinicId: string

  beforeAll(async () => {
    await seedDemoData(database())
    clinicId = (await database().clinic.findFirstOrThrow()).id
  })

  it('refuses a wrong current password and keeps the old one', async () => {
    const db = database()
    const before = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.clinician.email } })
    const input = ZPasswordChange.parse({ currentPassword: 'not my password', newPassword: 'a brand new password', confirmPassword: 'a brand new password' })

    const error = await changeOwnPassword(db, { userId: before.id, clinicId }, input).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'invalid_input', problems: [{ field: 'currentPassword', message: 'is not your current password' }] })
    const after = await db.user.findUniqueOrThrow({ where: { id: before.id } })
    expect(after.passwordHash).toBe(before.passwordHash)
    expect(await verifyCredentials(db, DEMO_ACCOUNTS.clinician)).toMatchObject({ id: before.id })
  })

  it('replaces a one-time password with the user’s own, which then signs them in without asking again', async () => {
    const db = database()
    const { oneTimePassword } = await addClinician(db, { clinicId }, { email: 'new.starter@demo-clinic.test', name: 'New Starter', role: 'clinician' })
    const user = await db.user.findUniqueOrThrow({ where: { email: 'new.starter@demo-clinic.test' } })
    expect(user.mustChangePassword).toBe(true)
    const input = ZPasswordChange.parse({ currentPassword: oneTimePassword, newPassword: 'stretch before bed', confirmPassword: 'stretch before bed' })

    await changeOwnPassword(db, { userId: user.id, clinicId }, input)

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(after.mustChangePassword).toBe(false)
    expect(await verifyPassword(after.passwordHash!, 'stretch before bed')).toBe(true)
    expect(await verifyCredentials(db, { email: user.email, password: oneTimePassword })).toBeNull()
    expect(await verifyCredentials(db, { email: user.email, password: 'stretch before bed' })).toMatchObject({ id: user.id, mustChangePassword: false })
  })

  it('refuses a user who signs in only through single sign-on and has no password to change', async () => {
    const db = database()
    const user = await db.user.create({ data: { email: 'sso.only@demo-clinic.test', name: 'Sam Sso', clinicId } })
    const input = ZPasswordChange.parse({ currentPassword: 'anything at all', newPassword: 'a brand new password', confirmPassword: 'a brand new password' })

    const error = await changeOwnPassword(db, { userId: user.id, clinicId }, input).catch((caught: unknown) => caught)

    expect(error).toMatchObject({ code: 'invalid_input', problems: [{ field: 'currentPassword' }] })
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull()
  })

  it('lets only one of two changes made at once with the same old password succeed, and tells the other which field', async () => {
    const db = database()
    const user = await db.user.create({ data: { email: 'two.tabs@demo-clinic.test', name: 'Two Tabs', clinicId, passwordHash: await hashPassword('the old password') } })
    const change = (newPassword: string) => changeOwnPassword(db, { userId: user.id, clinicId }, ZPasswordChange.parse({ currentPassword: 'the old password', newPassword, confirmPassword: newPassword }))

    const results = await Promise.allSettled([change('first new password'), change('second new password')])

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((result) => result.status === 'rejected')
    expect(refused?.reason).toMatchObject({ code: 'conflict', problems: [{ field: 'currentPassword', message: 'is no longer your current password' }] })
    const winner = results[0]!.status === 'fulfilled' ? 'first new password' : 'second new password'
    const loser = winner === 'first new password' ? 'second new password' : 'first new password'
    expect(await verifyCredentials(db, { email: user.email, password: winner })).toMatchObject({ id: user.id })
    expect(await verifyCredentials(db, { email: user.email, password: loser })).toBeNull()
  })

  it('ends every session of the user, this one included', async () => {
    const db = database()
    const user = await db.user.create({ data: { email: 'many.devices@demo-clinic.test', name: 'Many Devices', clinicId, passwordHash: await hashPassword('the old password') } })
    const limits = { maxAgeMs: 8 * 3600_000, idleMs: 30 * 60_000 }
    const sessions = [await startSession(db, { userId: user.id, clinicId }, limits), await startSession(db, { userId: user.id, clinicId }, limits)]

    await changeOwnPassword(db, { userId: user.id, clinicId }, ZPasswordChange.parse({ currentPassword: 'the old password', newPassword: 'a new password here', confirmPassword: 'a new password here' }))

    for (const session of sessions) expect(await findLiveSession(db, { sessionId: session.id, userId: user.id, clinicId }, limits)).toBeNull()
  })
})
