// npm run clinic:create -- --name "Riverside Clinic" --phone "555 0100" --address "1 Main St"
//                          --admin-email lee@riverside.example --admin-name "Dr. Lee"
// Creates a clinic and its first admin, and prints the admin's one-time password. How a real
// deployment starts (the demo accounts are for trying the app on one machine).
import { parseArgs } from 'node:util'
import { createClinicWithAdmin } from '../lib/data/create-clinic'
import { createPrismaClient } from '../lib/db'
import { AppError } from '../lib/errors'

const FLAGS = { name: 'name', phone: 'phone', address: 'address', adminEmail: 'admin-email', adminName: 'admin-name' } as const
const USAGE = `usage: npm run clinic:create -- ${Object.values(FLAGS)
  .map((flag) => `--${flag} <text>`)
  .join(' ')}`

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`)
  process.exit(2)
}

let values: Partial<Record<(typeof FLAGS)[keyof typeof FLAGS], string>>
try {
  const options = { help: { type: 'boolean' as const }, ...Object.fromEntries(Object.values(FLAGS).map((flag) => [flag, { type: 'string' as const }])) }
  const parsed = parseArgs({ options, strict: true, allowPositionals: false }).values
  if (parsed.help) {
    console.log(USAGE)
    process.exit(0)
  }
  values = parsed as typeof values
} catch (error) {
  fail((error as Error).message)
}

const db = createPrismaClient()
try {
  const input = Object.fromEntries(Object.entries(FLAGS).map(([field, flag]) => [field, values[flag] ?? '']))
  const { adminEmail, oneTimePassword } = await createClinicWithAdmin(db, input)
  console.log(`Created clinic "${input.name}". Its admin signs in as ${adminEmail} with this one-time password,`)
  console.log(`then chooses their own: ${oneTimePassword}`)
} catch (error) {
  if (!(error instanceof AppError)) throw error
  fail(error.problems.map((problem) => `--${FLAGS[problem.field as keyof typeof FLAGS] ?? problem.field}: ${problem.message}`).join('\n'))
} finally {
  await db.$disconnect()
}
