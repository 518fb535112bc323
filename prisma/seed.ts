import { createPrismaClient } from '../lib/db'
import { DEMO_ACCOUNTS, seedDemoData } from '../lib/data/seed-demo-data'

async function main() {
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
