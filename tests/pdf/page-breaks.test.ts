import { describe, expect, it } from 'vitest'
import { CORPUS } from '@/bench/corpus'
import { createHandout } from '@/lib/create-handout'
import { readPdf } from '../support/read-pdf'

const PERSONAL = { patientFirstName: 'Rosa', note: 'Drink a glass of water with each meal.', clinicName: 'Demo Family Clinic', clinicPhone: '555-0100', clinicianName: 'Dr. Dana Demo' }
const REQUESTS = [
  ...CORPUS.map((entry) => ({ name: entry.name, request: entry.request })),
  { name: 'pregnant, named, with a note', request: { group: 'pregnant', causes: ['dehydration', 'long-standing'], personal: PERSONAL } },
  { name: 'senior in Spanish with teach-back', request: { group: 'senior', causes: ['dehydration', 'medications'], options: { language: 'es', teachBack: true }, personal: PERSONAL } },
  { name: 'diabetic, bilingual', request: { group: 'diabetic', causes: ['nerve-compression'], options: { language: 'bilingual' }, personal: PERSONAL } },
]
const WEB_LINK = { baseUrl: 'http://localhost:3000', keys: ['test-only-secret-0123456789abcdefghijklmnop'] as const }

describe('page breaks on paper', () => {
  it.each(REQUESTS)('never leave a heading alone at the foot of a page: $name', async ({ request }) => {
    const { pdf } = await createHandout(request, { date: '2026-11-26', webLink: WEB_LINK })
    const { pages } = await readPdf(pdf)
    const sizes = pages.flatMap((page) => page.items.filter((item) => item.str.trim()).map((item) => Math.round(item.fontSize)))
    const bodySize = Math.max(...[...new Set(sizes)].filter((size) => sizes.filter((other) => other === size).length > sizes.length / 4))
    for (const [index, page] of pages.slice(0, -1).entries()) {
      // The last two runs are the footer and the page number.
      const lastContent = page.items.filter((item) => item.str.trim()).at(-3)!
      expect(Math.round(lastContent.fontSize), `page ${index + 1} ends with "${lastContent.str}"`).toBeLessThanOrEqual(bodySize)
    }
  })
})
