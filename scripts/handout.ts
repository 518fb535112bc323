// npm run handout -- --group senior --causes dehydration,medications --out handout.pdf
// Writes a handout PDF and prints its length, pages, grade, bytes and milliseconds. Bad flags or values
// print what is valid and exit non-zero without writing anything.
import { existsSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { makeHandout } from '../lib/handouts/make-handout'
import { renderHere } from '../lib/handouts/render-here'
import { webLink } from '../lib/env'
import { AppError } from '../lib/errors'

const OPTIONS = {
  topic: { type: 'string', description: 'topic id (default leg-cramps)' },
  group: { type: 'string', description: 'patient group id (required)' },
  causes: { type: 'string', description: 'comma-separated cause ids' },
  extras: { type: 'string', description: 'comma-separated optional section ids, e.g. comparison-restless-legs' },
  length: { type: 'string', description: 'short (default: the few pages a patient reads) or full (the complete guide)' },
  'large-print': { type: 'boolean', description: '18 pt text, single column' },
  language: { type: 'string', description: 'en (default), es, or bilingual (Spanish then English)' },
  'teach-back': { type: 'boolean', description: 'add teach-back questions with tick boxes' },
  paper: { type: 'string', description: 'letter (default) or a4' },
  'no-sources': { type: 'boolean', description: 'leave the sources list out' },
  patient: { type: 'string', description: "patient's first name" },
  note: { type: 'string', description: 'a note from the clinician' },
  clinician: { type: 'string', description: "clinician's name" },
  clinic: { type: 'string', description: 'clinic name' },
  phone: { type: 'string', description: 'clinic phone' },
  'follow-up': { type: 'string', description: 'follow-up date, YYYY-MM-DD' },
  out: { type: 'string', description: 'where to write the PDF (required, ends in .pdf)' },
  help: { type: 'boolean', description: 'show this help' },
} as const

function usage(): string {
  const lines = Object.entries(OPTIONS).map(([name, option]) => `  --${name.padEnd(12)} ${option.description}`)
  return ['usage: npm run handout -- --group <id> [--causes a,b] --out handout.pdf [options]', ...lines].join('\n')
}

const list = (value: string | undefined) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined)

function fail(message: string, code = 2): never {
  console.error(message)
  process.exit(code)
}

async function main() {
  let values
  try {
    ;({ values } = parseArgs({ options: OPTIONS, strict: true, allowPositionals: false }))
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage()}`)
  }
  if (values.help) return console.log(usage())
  if (!values.out) fail(`--out: required, e.g. --out handout.pdf\n\n${usage()}`)
  const out = path.resolve(values.out)
  if (path.extname(out).toLowerCase() !== '.pdf') fail(`--out: expected a file name ending in .pdf, got "${values.out}"`)
  if (!existsSync(path.dirname(out)) || !statSync(path.dirname(out)).isDirectory()) fail(`--out: folder ${path.dirname(out)} does not exist`)

  const input = {
    topic: values.topic,
    group: values.group,
    causes: list(values.causes),
    options: {
      largePrint: values['large-print'] ?? false,
      includeSources: !values['no-sources'],
      extras: list(values.extras),
      language: values.language,
      teachBack: values['teach-back'] ?? false,
      length: values.length,
      paper: values.paper,
    },
    personal: {
      patientFirstName: values.patient,
      note: values.note,
      clinicianName: values.clinician,
      clinicName: values.clinic,
      clinicPhone: values.phone,
      followUpDate: values['follow-up'],
    },
  }
  try {
    const { handout, pdf, pageCount, renderMs, leftOut } = await makeHandout(input, { webLink, render: renderHere })
    writeFileSync(out, pdf)
    console.log(`${path.relative(process.cwd(), out)}: ${handout.length}, ${pageCount} pages, grade ${handout.readability.grade.toFixed(1)}, ${pdf.length} bytes, ${renderMs.toFixed(0)} ms${leftOut.length ? `; left out to fit: ${leftOut.join(', ')}` : ''}`)
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'invalid_input') throw error
    const flagOf: Record<string, string> = { patientFirstName: '--patient', clinicianName: '--clinician', clinicName: '--clinic', clinicPhone: '--phone', followUpDate: '--follow-up', largePrint: '--large-print', teachBack: '--teach-back' }
    const lines = error.problems.map((problem) => {
      const [first, second] = problem.field.split('.')
      const name = first === 'personal' || first === 'options' ? (second ?? first) : (first ?? problem.field)
      return `${flagOf[name] ?? `--${name}`}: ${problem.message}`
    })
    fail(lines.join('\n'))
  }
}

await main()
