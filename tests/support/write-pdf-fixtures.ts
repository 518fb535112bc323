// Writes the handouts the PDF package's own tests and bench render (packages/handout-pdf/tests/fixtures):
// the standard corpus as the app prints it, made from today's guide sections. Run after the guide
// or the printed model changes: `npm run pdf:fixtures`.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { handoutModelOf } from '../../lib/handout/handout-model'
import { printedHandoutOf } from '../../lib/handout/printed-handout'
import { CORPUS } from './corpus'

const WEB_LINK = { baseUrl: 'https://handouts.example.org', keys: ['k'.repeat(32)] as const }
const PERSONAL = { patientFirstName: 'Rosa', note: 'Drink a glass of water with each meal.', followUpDate: '2026-12-14', clinicName: 'Demo Family Clinic', clinicPhone: '555-0100', clinicianName: 'Dr. Dana Demo' }
const REQUESTS = [
  ...CORPUS,
  { name: 'senior in Spanish, named, with a note and teach-back', request: { group: 'senior', causes: ['dehydration', 'medications'], options: { language: 'es', teachBack: true }, personal: PERSONAL } },
  { name: 'diabetic, bilingual, large print, complete guide', request: { group: 'diabetic', causes: ['nerve-compression'], options: { language: 'bilingual', largePrint: true, length: 'full', paper: 'a4' }, personal: PERSONAL } },
]

// Source positions are for error messages while parsing; the renderer never reads them.
const withoutPositions = (key: string, value: unknown) => (key === 'position' ? undefined : value)
const handouts = REQUESTS.map(({ name, request }) => ({ name, handout: printedHandoutOf(handoutModelOf(request, { date: '2026-12-07', webLink: WEB_LINK })) }))
const file = path.join(import.meta.dirname, '..', '..', 'packages', 'handout-pdf', 'tests', 'fixtures', 'handouts.json')
writeFileSync(file, `${JSON.stringify(handouts, withoutPositions)}\n`)
console.log(`wrote ${handouts.length} handouts to ${path.relative(process.cwd(), file)}`)
