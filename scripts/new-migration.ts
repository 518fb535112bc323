// npm run db:new-migration -- <name>: after a change to prisma/schema.prisma, writes the
// derived PostgreSQL schema and one migration per provider, under the same name, each
// taking the last committed schema to the current one. `prisma migrate dev` does not work
// with the JS engine here. @see ../shared/offline-setup.md
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { postgresqlSchemaFrom } from '../lib/database/postgresql-schema'
import { PRISMA_PATHS } from '../lib/database/provider'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <name>   (name: lowercase letters, digits and _)')
  process.exit(2)
}

let previous: string | undefined
try {
  previous = execFileSync('git', ['show', `HEAD:${PRISMA_PATHS.sqlite.schema}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
} catch {
  previous = undefined
}
const current = readFileSync(PRISMA_PATHS.sqlite.schema, 'utf8')
writeFileSync(PRISMA_PATHS.postgresql.schema, postgresqlSchemaFrom(current))

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const schemas = {
  sqlite: { previous, current: PRISMA_PATHS.sqlite.schema },
  postgresql: { previous: previous === undefined ? undefined : postgresqlSchemaFrom(previous), current: PRISMA_PATHS.postgresql.schema },
}
for (const [provider, schema] of Object.entries(schemas) as [keyof typeof schemas, (typeof schemas)[keyof typeof schemas]][]) {
  const from = schema.previous === undefined ? ['--from-empty'] : ['--from-schema-datamodel', writeTemp(schema.previous)]
  const dir = path.join(PRISMA_PATHS[provider].migrations, `${stamp}_${name}`)
  mkdirSync(dir, { recursive: true })
  const out = path.join(dir, 'migration.sql')
  execFileSync(path.join('node_modules', '.bin', 'prisma'), ['migrate', 'diff', ...from, '--to-schema-datamodel', schema.current, '--script', '-o', out], {
    stdio: 'inherit',
  })
  if (!/\b(CREATE|ALTER|DROP)\b/.test(readFileSync(out, 'utf8'))) {
    console.error(`${out} has no statements: is the schema unchanged? Check and delete the folder.`)
    process.exit(1)
  }
  writeFileSync(path.join(PRISMA_PATHS[provider].migrations, 'migration_lock.toml'), `provider = "${provider}"\n`)
  console.log(`Wrote ${out}`)
}
console.log('Check them with npm run db:check-migrations (and npm test, which checks PostgreSQL too).')

function writeTemp(schema: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'schema-')), 'schema.prisma')
  writeFileSync(file, schema)
  return file
}
