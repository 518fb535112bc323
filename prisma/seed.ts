// npm run db:seed [-- --demo]: on SQLite, a new database gets the demo clinic so the app can
// be tried at once. On PostgreSQL, a shared deployment, accounts with published passwords
// would be a hole: it gets demo data only when asked, and otherwise points to clinic:create.
import { parseArgs } from 'node:util'
import { DEMO_ACCOUNTS, seedDemoData } from '../lib/data/seed-demo-data'
import { databaseProvider } from '../lib/database/provider'
import { createPrismaClient } from '../lib/db'
import { env } from '../lib/env'

async function main() {
  const { values } = parseArgs({ options: { demo: { type: 'boolean' } }, strict: true })
  if (databaseProvider(env.DATABASE_URL) === 'postgresql' && !values.demo) {
    return console.log('Seed: PostgreSQL gets no demo accounts. Create a clinic with: npm run clinic:create -- --help')
  }
  const db = createPrismaClient()
  try {
    const { isCreated } = await seedDemoData(db)
    if (!isCreated) return console.log('Seed: database already has data; nothing to do.')
    console.log('Seed: created the demo clinic. Demo sign-ins, for local use only:')
    for (const account of Object.values(DEMO_ACCOUNTS)) console.log(`  ${account.email} / ${account.password}`)
  } finally {
    await db.$disconnect()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
