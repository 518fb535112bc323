// npm run db:check-migrations [-- --postgresql postgresql://user@host:port/postgres]
// Fails when the SQLite and PostgreSQL migrations drift apart or from prisma/schema.prisma.
// The PostgreSQL part needs a server where it may create two scratch databases; `npm test`
// runs both parts against its own throwaway cluster.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { checkMigrationsInStep, checkMigrationsMatchSchema } from '../lib/database/check-migrations'
import { databaseProvider } from '../lib/database/provider'

const { values } = parseArgs({ options: { postgresql: { type: 'string' } } })
if (values.postgresql !== undefined && databaseProvider(values.postgresql) !== 'postgresql') {
  console.error('--postgresql: must be a postgresql:// URL')
  process.exit(2)
}

const folder = mkdtempSync(path.join(tmpdir(), 'drift-'))
try {
  const problems = [
    ...checkMigrationsInStep(),
    ...(await checkMigrationsMatchSchema({ provider: 'sqlite', folder })).map((problem) => `SQLite: ${problem}`),
    ...(values.postgresql ? (await checkMigrationsMatchSchema({ provider: 'postgresql', serverUrl: values.postgresql })).map((problem) => `PostgreSQL: ${problem}`) : []),
  ]
  for (const problem of problems) console.error(problem)
  console.log(problems.length ? `${problems.length} problem(s)` : `Migrations in step${values.postgresql ? '' : ' (SQLite checked; pass --postgresql to check PostgreSQL too)'}`)
  process.exitCode = problems.length ? 1 : 0
} finally {
  rmSync(folder, { recursive: true, force: true })
}
