import { describe, expect, it } from 'vitest'
import { makeHandoutHere } from '../support/make-handout-here'
import { pageBudgetOf } from '@/lib/handout/page-budget'
import type { THandoutRequestInput } from '@/lib/handout/request'
import { readPdf } from '../support/read-pdf'

// The QR code of the web version takes room beside the sources, as on every handout the app makes.
const WEB_LINK = { baseUrl: 'https://handouts.example.org', keys: ['k'.repeat(32)] as const }
const PERSONAL = { patientFirstName: 'Margaret', clinicianName: 'Dr. Ana Ruiz', clinicName: 'Riverside Family Clinic', clinicPhone: '(555) 010-0200' }

async function made(input: THandoutRequestInput) {
  const created = await makeHandoutHere({ ...input, personal: PERSONAL }, { date: '2026-12-07', webLink: WEB_LINK })
  const { pages } = await readPdf(created.pdf)
  const text = pages.map((page) => page.text).join(' ').replace(/\s+/g, ' ')
  return { ...created, text, sizes: pages.map((page) => `${Math.round(page.width)} × ${Math.round(page.height)}`) }
}

describe('a short handout keeps to its page budget by leaving out the lines marked ifRoom', () => {
  it('prints every line that fits the patient when the handout is within its budget', async () => {
    const { text, pageCount, leftOut, handout } = await made({ group: 'senior' })
    expect(pageCount).toBeLessThanOrEqual(pageBudgetOf(handout))
    expect(leftOut).toEqual([])
    expect(handout.ifRoomLines).toContain('daily-walk')
    expect(text).toContain('Take a short walk each day.')
  })

  it('made again without them when it runs over, and then fits, safety advice and red flags kept', async () => {
    // A senior (14 pt) with three causes and teach-back: two pages and a bit with every line.
    const { text, pageCount, leftOut, handout } = await made({ group: 'senior', causes: ['muscle-fatigue', 'spinal-stenosis', 'nutritional-deficiencies'], options: { teachBack: true } })
    expect(leftOut).toEqual(expect.arrayContaining(['daily-walk', 'rest-days', 'stenosis-walks']))
    expect(pageCount).toBeLessThanOrEqual(2)
    expect(handout.ifRoomLines).toEqual([])
    expect(text).not.toContain('Take a short walk each day')
    expect(text).not.toContain('Take short walks with rests')
    // The senior's safety advice and the red flags for a narrow spinal canal stay.
    expect(text).toContain('Sit up first when a cramp wakes you.')
    expect(text).toContain('You cannot control your bladder or bowels')
  })

  it('prints on A4 when asked, every page A4, within the same budget', async () => {
    const { pageCount, sizes, text } = await made({ group: 'senior', causes: ['dehydration', 'electrolyte-imbalance', 'spinal-stenosis'], options: { teachBack: true, paper: 'a4' } })
    expect(pageCount).toBeLessThanOrEqual(2)
    expect(new Set(sizes)).toEqual(new Set(['595 × 842']))
    expect(text).toContain('You cannot control your bladder or bowels')
    const letter = await made({ group: 'senior' })
    expect(new Set(letter.sizes)).toEqual(new Set(['612 × 792']))
  })

  it('leaves nothing out of the complete guide, which has no budget', async () => {
    const { text, leftOut, handout } = await made({ group: 'senior', causes: ['dehydration', 'electrolyte-imbalance', 'spinal-stenosis'], options: { teachBack: true, length: 'full' } })
    expect(leftOut).toEqual([])
    expect(handout.ifRoomLines).toEqual([])
    expect(text).toContain('Take a short walk each day.')
    expect(text).toContain('Eat foods with minerals')
  })
})
