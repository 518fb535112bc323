import { describe, expect, it } from 'vitest'
import { makeHandoutHere } from '../support/make-handout-here'
import { cachedTexts } from '@/lib/pdf/shaping-cache'
import { readPdf } from '../support/read-pdf'

const CLINIC = { clinicName: 'Demo Family Clinic', clinicPhone: '555-0100', clinicianName: 'Dr. Dana Demo' }
const REQUEST = { group: 'senior', causes: ['dehydration', 'medications', 'poor-circulation'], personal: CLINIC }

const pagesOf = async (input: unknown) => (await readPdf((await makeHandoutHere(input, { date: '2026-11-26' })).pdf)).pages.map((page) => page.text)

describe('the shaping cache', () => {
  it('lays a handout out exactly as the first time once its text is cached', async () => {
    const first = await pagesOf(REQUEST)
    expect(cachedTexts()).toEqual(expect.arrayContaining(['Key points', 'When a cramp starts']))
    expect(await pagesOf(REQUEST)).toEqual(first)
    expect(await pagesOf({ ...REQUEST, options: { largePrint: true } })).not.toEqual(first)
  })

  it('never keeps a patient’s name or note, which still print', async () => {
    const note = 'Zebulon feeds the alpacas at 7 pm.\n\nHe walks to the  mailbox daily.'
    // The complete guide: many texts to keep, beside the name and the note.
    const pages = await pagesOf({ ...REQUEST, options: { length: 'full' }, personal: { ...CLINIC, patientFirstName: 'Zebulon', note } })
    const printed = pages.join(' ')
    for (const text of ['Zebulon', 'feeds the alpacas', 'mailbox daily']) expect(printed).toContain(text)
    const kept = cachedTexts()
    expect(kept.length).toBeGreaterThan(100)
    expect(kept.filter((text) => /Zebulon|alpacas|mailbox/.test(text))).toEqual([])
  })

  it('holds each run once, however many PDFs are made', async () => {
    const named = { ...REQUEST, personal: { ...CLINIC, patientFirstName: 'Soak' } }
    await makeHandoutHere(named)
    await makeHandoutHere(named)
    const settled = cachedTexts().length
    for (let run = 0; run < 10; run++) await makeHandoutHere(named)
    expect(cachedTexts().length).toBe(settled)
  })
})
