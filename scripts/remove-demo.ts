// npm run demo:remove [-- --yes]: takes the demo clinic, its accounts (their passwords are in
// the README) and all they made out of a database that now serves your clinic. Without --yes
// it only says what it would remove.
import { parseArgs } from 'node:util'
import { findDemoClinic, removeDemoClinic, type TDemoClinicContents } from '../lib/data/remove-demo-clinic'
import { createPrismaClient } from '../lib/db'
import { AppError } from '../lib/errors'

const USAGE = 'usage: npm run demo:remove -- [--yes]'

let isConfirmed = false
try {
  const { values } = parseArgs({ options: { yes: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true, allowPositionals: false })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  isConfirmed = Boolean(values.yes)
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`)
  process.exit(2)
}

const describe = (demo: TDemoClinicContents) => `"${demo.name}" with ${demo.users} accounts, ${demo.templates} templates and ${demo.handoutsLogged} history lines`

const db = createPrismaClient()
try {
  const demo = isConfirmed ? await removeDemoClinic(db) : await findDemoClinic(db)
  if (!demo) console.log('No demo clinic here: nothing to remove.')
  else if (isConfirmed) console.log(`Removed the demo clinic ${describe(demo)}.`)
  else console.log(`Would remove the demo clinic ${describe(demo)}. Run again with --yes to remove it.`)
} catch (error) {
  if (!(error instanceof AppError)) throw error
  console.error(error.message)
  process.exitCode = 1
} finally {
  await db.$disconnect()
}
