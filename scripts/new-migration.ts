// npm run db:new-migration -- <name>: writes the SQL that takes the last committed schema
// to prisma/schema.prisma. `prisma migrate dev` does not work with the JS engine here.
// @see ../shared/offline-setup.md
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <name>   (name: lowercase letters, digits and _)')
  process.exit(2)
}

let previous: string | undefined
try {
  previous = execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
} catch {
  previous = undefined
}
const from = previous === undefined ? ['--from-empty'] : ['--from-schema-datamodel', writeTemp(previous)]
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const dir = path.join('prisma', 'migrations', `${stamp}_${name}`)
mkdirSync(dir, { recursive: true })
const out = path.join(dir, 'migration.sql')
execFileSync(
  path.join('node_modules', '.bin', 'prisma'),
  ['migrate', 'diff', ...from, '--to-schema-datamodel', 'prisma/schema.prisma', '--script', '-o', out],
  { stdio: 'inherit' },
)
const sql = readFileSync(out, 'utf8')
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.error(`${out} has no statements: is the schema unchanged? Check and delete the folder.`)
  process.exit(1)
}
writeFileSync(path.join('prisma', 'migrations', 'migration_lock.toml'), 'provider = "sqlite"\n')
console.log(`Wrote ${out}`)

function writeTemp(schema: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'schema-')), 'schema.prisma')
  writeFileSync(file, schema)
  return file
}
