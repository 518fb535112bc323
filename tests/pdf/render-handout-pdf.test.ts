import { describe, expect, it } from 'vitest'
import { makeHandoutHere } from '../support/make-handout-here'
import type { THandoutRequestInput } from '@/lib/handout/request'
import { readPdf, type TPdfText } from '../support/read-pdf'

const CLINIC = { clinicName: 'Demo Family Clinic', clinicPhone: '555-0100', clinicianName: 'Dr. Dana Demo' }

async function render(input: THandoutRequestInput) {
  const created = await makeHandoutHere(input, { date: '2026-11-26' })
  return { ...created, text: await readPdf(created.pdf) }
}
const allText = (pdf: TPdfText) => pdf.pages.map((page) => page.text).join(' ')

describe('a rendered handout, read back from the PDF', () => {
  /** Each heading found after the one before it (the key points may name a heading's words earlier). */
  const inOrder = (body: string, headings: readonly string[]) => {
    let from = 0
    for (const heading of headings) {
      const at = body.indexOf(heading, from)
      expect(at, `"${heading}" after "${body.slice(Math.max(0, from - 40), from)}"`).toBeGreaterThanOrEqual(0)
      from = at + heading.length
    }
  }
  const SENIOR = { group: 'senior', causes: ['dehydration', 'medications', 'poor-circulation'], personal: CLINIC } as const

  it('prints the headings in the order the short handout reads, with no part titles', async () => {
    const { text, handout } = await render({ ...SENIOR, causes: [...SENIOR.causes] })
    const body = allText(text)
    inOrder(body, [
      'Leg cramps',
      'Key points',
      'When a cramp starts',
      'Advice for older adults',
      'If you are low on fluid',
      'If a medicine may be the cause',
      'If blood flow to your legs is poor',
      'When to get help',
      'Sources',
    ])
    expect(handout.parts.map((part) => part.id)).toEqual(['relief', 'group', 'causes', 'help'])
    // The short handout's section titles say it all.
    expect(handout.parts.every((part) => part.title === undefined)).toBe(true)
    expect(body).not.toContain('What may be causing yours')
  })

  it('prints the headings in the order the complete guide reads', async () => {
    const { text, handout } = await render({ ...SENIOR, causes: [...SENIOR.causes], options: { length: 'full' } })
    inOrder(allText(text), [
      'Leg cramps',
      'Key points',
      'What is happening',
      'What is a leg cramp?',
      'What to do when it starts',
      'When a cramp starts',
      'Stretch the front of the thigh',
      'How to prevent it',
      'Stretch every day',
      'Pills and supplements',
      'Advice for older adults',
      'What may be causing yours',
      'If you are low on fluid',
      'If a medicine may be the cause',
      'If blood flow to your legs is poor',
      'When to get help',
      'Sources',
    ])
    expect(handout.parts.map((part) => part.id)).toEqual(['understand', 'relief', 'prevention', 'group', 'causes', 'more', 'help'])
  })

  it('names the patient only when a first name is given, and never in the metadata', async () => {
    const named = await render({ group: 'athlete', personal: { ...CLINIC, patientFirstName: 'Zelda' } })
    expect(named.text.pages[0]!.text).toContain('Prepared for Zelda')
    expect(JSON.stringify(named.text.info)).not.toContain('Zelda')
    const anonymous = await render({ group: 'athlete', personal: CLINIC })
    expect(allText(anonymous.text)).not.toContain('Prepared for')
  })

  it('puts "Page N of M" and the clinic phone in the footer of every page', async () => {
    const { text, pageCount } = await render({ group: 'diabetic', causes: ['poor-circulation', 'nerve-compression', 'medical-conditions'], personal: CLINIC })
    expect(text.pages).toHaveLength(pageCount)
    expect(pageCount).toBeGreaterThan(1)
    text.pages.forEach((page, index) => {
      expect(page.text).toContain(`Page ${index + 1} of ${pageCount}`)
      expect(page.text).toContain('555-0100')
    })
  })

  it('numbers the pages of each PDF by its own count and language when several render at once', async () => {
    const requests: THandoutRequestInput[] = [
      { group: 'senior', causes: ['dehydration', 'medications'], options: { largePrint: true }, personal: CLINIC },
      { group: 'athlete', options: { language: 'es' }, personal: CLINIC },
      { group: 'office-worker', personal: CLINIC },
    ]
    const rendered = await Promise.all(requests.map(render))
    const labels = ['Page', 'Página', 'Page']
    rendered.forEach(({ text, pageCount }, which) => {
      expect(text.pages).toHaveLength(pageCount)
      text.pages.forEach((page, index) => expect(page.text).toContain(`${labels[which]} ${index + 1} ${which === 1 ? 'de' : 'of'} ${pageCount}`))
    })
    expect(new Set(rendered.map(({ pageCount }) => pageCount)).size).toBeGreaterThan(1)
  })

  it('uses 18 pt or larger for every piece of text in large print', async () => {
    const { text } = await render({ group: 'pregnant', causes: ['pregnancy'], options: { largePrint: true, extras: ['comparison-restless-legs'] }, personal: CLINIC })
    const sizes = text.pages.flatMap((page) => page.items.filter((item) => item.str.trim()).map((item) => item.fontSize))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18)
  })

  it('uses 12 pt body text, and 14 pt for seniors', async () => {
    const bodySize = (pdf: TPdfText) => {
      const counts = new Map<number, number>()
      for (const item of pdf.pages.flatMap((page) => page.items)) counts.set(Math.round(item.fontSize), (counts.get(Math.round(item.fontSize)) ?? 0) + item.str.length)
      return [...counts].sort((a, b) => b[1] - a[1])[0]![0]
    }
    expect(bodySize((await render({ group: 'athlete' })).text)).toBe(12)
    expect(bodySize((await render({ group: 'senior' })).text)).toBe(14)
  })

  it("prints the clinician's note exactly as written, accents and symbols included", async () => {
    const note = 'Señora Muñoz, ≥ 2 días'
    const { text } = await render({ group: 'senior', personal: { ...CLINIC, note, followUpDate: '2026-12-10' } })
    const first = text.pages[0]!.text
    expect(first).toContain('A note from Dr. Dana Demo')
    expect(first).toContain(note)
    expect(first).toContain('Your next visit: December 10, 2026')
  })

  it('prints the Spanish characters and symbols the embedded font must cover', async () => {
    const sample = 'á é í ó ú ñ ¿ ¡ ü ≥ ≤'
    const { text } = await render({ group: 'senior', personal: { note: sample } })
    expect(text.pages[0]!.text).toContain(sample)
  })

  it('lists the sources in one paragraph, each publisher once or full citations, then the guide text version; only the version when sources are left out', async () => {
    const VERSION = /Guide text version [0-9a-f]{8}\./
    const short = allText((await render({ group: 'pregnant', causes: ['spinal-stenosis'] })).text)
    expect(short).toMatch(/Sources: .*Cochrane 2020;.* Guide text version [0-9a-f]{8}\./)
    // MedlinePlus's pages on cramps, on spinal stenosis and on preeclampsia are one publisher on paper, and each a citation on the web version.
    expect(short.match(/MedlinePlus/g)).toHaveLength(1)
    expect(short).not.toContain('Luo L, et al.')
    const full = allText((await render({ group: 'pregnant', options: { length: 'full' } })).text)
    expect(full).toMatch(/Sources: 1\. .*Luo L, et al\. Interventions for leg cramps in pregnancy.* Guide text version [0-9a-f]{8}\./)
    const without = allText((await render({ group: 'pregnant', options: { includeSources: false } })).text)
    expect(without).not.toContain('Sources')
    expect(without).toMatch(VERSION)
    // No review is claimed anywhere: none has happened.
    for (const text of [short, full, without]) expect(text).not.toMatch(/reviewed/i)
  })

  it('carries title, author, subject and language in its metadata', async () => {
    const { text } = await render({ group: 'office-worker', personal: CLINIC })
    expect(text.info).toMatchObject({ Title: 'Leg cramps: patient handout', Author: 'Demo Family Clinic', Language: 'en-US' })
    expect(text.info.Subject).toMatch(/^What to do when a leg cramp starts, how to make cramps less likely, and when to get help\./)
  })

  it('keeps long words whole instead of hyphenating them', async () => {
    const { text } = await render({ group: 'senior', causes: ['medications', 'nutritional-deficiencies', 'spinal-stenosis'] })
    const lineEnds = text.pages.flatMap((page) => page.items.map((item) => item.str)).filter((str) => /\w-$/.test(str))
    expect(lineEnds).toEqual([])
  })
})
