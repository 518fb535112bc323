import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ACCOUNTS, DEMO_CLINIC, seedDemoData } from '@/lib/data/seed-demo-data'
import { updateClinicDetails, ZClinicDetails } from '@/lib/data/update-clinic'
import { AppError } from '@/lib/errors'
import { fromZodError } from '@/lib/forms/action-state'
import { createSuiteDatabase } from '../support/suite-database'

const VALID = { name: 'Riverside Practice', phone: '+1 (555) 010-0100', address: '2 River Lane', emailDomain: 'riverside.example', paper: 'letter' }

/** What the clinic-details form shows for this input: the schema's field errors, or the parsed details. */
function detailsForm(input: Record<string, string>) {
  const parsed = ZClinicDetails.safeParse(input)
  return parsed.success ? parsed.data : fromZodError(parsed.error)
}

describe('the clinic-details form', () => {
  it('accepts a name, a phone number with an extension, an address and a domain, tidied', () => {
    expect(detailsForm({ name: '  Riverside Practice ', phone: ' 555-0100 ext. 12 ', address: ' 2 River Lane ', emailDomain: ' Riverside.EXAMPLE ', paper: 'a4' })).toEqual({
      name: 'Riverside Practice',
      phone: '555-0100 ext. 12',
      address: '2 River Lane',
      emailDomain: 'riverside.example',
      paper: 'a4',
    })
  })

  it('stores a blank domain as no domain, so nobody joins by single sign-on', () => {
    expect(detailsForm({ ...VALID, emailDomain: '   ' })).toMatchObject({ emailDomain: null })
    expect(detailsForm({ ...VALID, emailDomain: '' })).toMatchObject({ emailDomain: null })
  })

  it('names each field that is wrong', () => {
    expect(detailsForm({ name: '  ', phone: 'call reception', address: '', emailDomain: 'https://riverside.example', paper: 'legal' })).toMatchObject({
      fieldErrors: {
        name: 'must not be empty',
        phone: 'must be a phone number: digits, spaces and + ( ) - .',
        emailDomain: 'must be a domain such as clinic.example',
        paper: 'must be one of: letter, a4',
      },
    })
  })

  it('refuses a phone number that is too short and a domain without a dot or with an @', () => {
    expect(detailsForm({ ...VALID, phone: '12' })).toMatchObject({ fieldErrors: { phone: 'must be a phone number' } })
    for (const emailDomain of ['localhost', '@riverside.example', 'river side.example', 'riverside.example.']) {
      expect(detailsForm({ ...VALID, emailDomain })).toMatchObject({ fieldErrors: { emailDomain: 'must be a domain such as clinic.example' } })
    }
    // Longer than any domain can be (issue 20, item 7): refused by length, not run through the pattern.
    expect(detailsForm({ ...VALID, emailDomain: `${'a'.repeat(250)}.example` })).toMatchObject({ fieldErrors: { emailDomain: 'must be at most 253 characters' } })
  })
})

describe('saving a clinic’s details', () => {
  const database = createSuiteDatabase('update-clinic')
  let demoClinicId: string
  let otherClinicId: string

  beforeAll(async () => {
    const db = database()
    await seedDemoData(db)
    demoClinicId = (await db.clinic.findFirstOrThrow()).id
    otherClinicId = (await db.clinic.create({ data: { name: 'Harbour Clinic', phone: '555-0199', address: '9 Quay Road', emailDomain: 'harbour-clinic.test' } })).id
  })

  it('saves the new details for the clinic and no other', async () => {
    const db = database()
    const otherBefore = await db.clinic.findUniqueOrThrow({ where: { id: otherClinicId } })

    await updateClinicDetails(db, { clinicId: demoClinicId, adminEmail: DEMO_ACCOUNTS.admin.email }, ZClinicDetails.parse({ ...VALID, paper: 'a4', emailDomain: DEMO_CLINIC.emailDomain }))

    expect(await db.clinic.findUniqueOrThrow({ where: { id: demoClinicId } })).toMatchObject({ ...VALID, paper: 'a4', emailDomain: DEMO_CLINIC.emailDomain })
    expect(await db.clinic.findUniqueOrThrow({ where: { id: otherClinicId } })).toEqual(otherBefore)
  })

  it('refuses a domain another clinic already uses, whatever its case, and changes nothing', async () => {
    const db = database()
    const before = await db.clinic.findUniqueOrThrow({ where: { id: demoClinicId } })

    const error = await updateClinicDetails(db, { clinicId: demoClinicId, adminEmail: DEMO_ACCOUNTS.admin.email }, ZClinicDetails.parse({ ...VALID, name: 'Renamed', emailDomain: 'Harbour-Clinic.TEST' })).catch(
      (caught: unknown) => caught,
    )

    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'invalid_input', problems: [{ field: 'emailDomain', message: 'is already used by another clinic' }] })
    expect(await db.clinic.findUniqueOrThrow({ where: { id: demoClinicId } })).toEqual(before)
  })

  it('lets an admin claim only the domain of their own email, and keep the one the clinic has', async () => {
    const db = database()
    const scope = { clinicId: demoClinicId, adminEmail: DEMO_ACCOUNTS.admin.email }
    const before = await db.clinic.findUniqueOrThrow({ where: { id: demoClinicId } })
    const error = await updateClinicDetails(db, scope, ZClinicDetails.parse({ ...VALID, emailDomain: 'big-hospital.example' })).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'invalid_input', problems: [{ field: 'emailDomain', message: 'must be the domain of your own email address (demo-clinic.test)' }] })
    expect(await db.clinic.findUniqueOrThrow({ where: { id: demoClinicId } })).toEqual(before)

    await db.clinic.update({ where: { id: demoClinicId }, data: { emailDomain: 'set-by-support.example' } })
    await updateClinicDetails(db, scope, ZClinicDetails.parse({ ...VALID, name: 'Kept domain', emailDomain: 'set-by-support.example' }))
    expect(await db.clinic.findUniqueOrThrow({ where: { id: demoClinicId } })).toMatchObject({ name: 'Kept domain', emailDomain: 'set-by-support.example' })
  })

  it('clears the domain when it is left blank', async () => {
    const db = database()
    await updateClinicDetails(db, { clinicId: demoClinicId, adminEmail: DEMO_ACCOUNTS.admin.email }, ZClinicDetails.parse({ ...VALID, emailDomain: '' }))
    expect(await db.clinic.findUniqueOrThrow({ where: { id: demoClinicId } })).toMatchObject({ name: VALID.name, emailDomain: null })
  })
})
