import { describe, expect, it } from 'vitest'
import { CURRENT_USER_CLINIC_FIELDS } from '@/lib/auth/current-user'
import { clinicContactNumber, findClinicContact } from '@/lib/data/clinic-contacts'
import { decodeWebId } from '@/lib/handout/web-link'
import { makeHandout } from '@/lib/handouts/make-handout'
import { renderHere } from '@/lib/handouts/render-here'
import { createSuiteDatabase } from '../support/suite-database'

const WEB_LINK = { baseUrl: 'http://localhost:3000', keys: ['test-only-secret-0123456789abcdefghijklmnop'] } as const

// Issue 22: the page behind a handout's QR code names the clinic and its phone as the paper did.
describe('the clinic a web version names', () => {
  const database = createSuiteDatabase('clinic-contacts')

  const clinicianOf = async (clinic: { name: string; phone: string }) => {
    const db = database()
    const { id: clinicId } = await db.clinic.create({ data: { ...clinic, address: '1 Main St' } })
    const { id } = await db.user.create({ data: { clinicId, email: `dana@${clinicId}.test`, name: 'Dr. Dana Hazel', role: 'clinician' } })
    return db.user.findUniqueOrThrow({ where: { id }, include: { clinic: { select: CURRENT_USER_CLINIC_FIELDS } } })
  }
  const contactOfHandout = async (user: Awaited<ReturnType<typeof clinicianOf>>) => {
    const { handout } = await makeHandout({ group: 'senior', causes: ['dehydration'] }, { render: renderHere, webLink: WEB_LINK, clinic: { db: database(), user } })
    const choices = decodeWebId(handout.webUrl!.split('/h/')[1]!, WEB_LINK.keys)!
    return choices.contact === undefined ? undefined : findClinicContact(database(), choices.contact)
  }

  it('is the name and phone the handout printed, kept when the clinic changes its phone later', async () => {
    const user = await clinicianOf({ name: 'Riverside Family Clinic', phone: '(555) 010-0200' })
    await expect(contactOfHandout(user)).resolves.toEqual({ name: 'Riverside Family Clinic', phone: '(555) 010-0200' })
    const { handout: before } = await makeHandout({ group: 'senior', causes: ['dehydration'] }, { render: renderHere, webLink: WEB_LINK, clinic: { db: database(), user } })

    const moved = await database().clinic.update({ where: { id: user.clinicId }, data: { phone: '(555) 010-0300' }, select: CURRENT_USER_CLINIC_FIELDS })
    await expect(contactOfHandout({ ...user, clinic: moved })).resolves.toEqual({ name: 'Riverside Family Clinic', phone: '(555) 010-0300' })
    const printedBefore = decodeWebId(before.webUrl!.split('/h/')[1]!, WEB_LINK.keys)!
    await expect(findClinicContact(database(), printedBefore.contact!)).resolves.toEqual({ name: 'Riverside Family Clinic', phone: '(555) 010-0200' })
  }, 30_000)

  it('is one number for each clinic’s name and phone, even when the first handouts arrive together', async () => {
    const first = await clinicianOf({ name: 'Harbour Clinic', phone: '555-0199' })
    const second = await clinicianOf({ name: 'Harbour Clinic', phone: '555-0199' })
    const contact = { name: 'Harbour Clinic', phone: '555-0199' }
    const together = await Promise.all([1, 2, 3].map(() => clinicContactNumber(database(), first.clinicId, contact)))
    expect(new Set(together).size).toBe(1)
    expect(await clinicContactNumber(database(), second.clinicId, contact)).not.toBe(together[0])
    expect(await database().clinicContact.count({ where: { clinicId: first.clinicId } })).toBe(1)
  })

  it('finds nothing for a number no handout printed', async () => {
    await expect(findClinicContact(database(), 987_654)).resolves.toBeUndefined()
  })

  it('is not in the address of a handout made without a clinic (the CLI)', async () => {
    const { handout } = await makeHandout({ group: 'senior' }, { render: renderHere, webLink: WEB_LINK })
    expect(decodeWebId(handout.webUrl!.split('/h/')[1]!, WEB_LINK.keys)!.contact).toBeUndefined()
  })
})
