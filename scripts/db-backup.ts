// npm run db:backup [-- <file>]: a consistent copy of the SQLite database, taken while the
// app runs (SQLite's online backup API). Restore with npm run db:restore. See README "Backups".
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { backupSqlite } from '../lib/data/backup-sqlite'
import { databaseUrlFrom } from '../lib/database-env'
import { sqliteFilePath } from '../lib/sqlite-file'

const databaseUrl = databaseUrlFrom(process.env)
const { positionals } = parseArgs({ allowPositionals: true, options: {} })
const source = sqliteFilePath(databaseUrl)
if (!source) {
  console.error('DATABASE_URL: db:backup copies SQLite files; back PostgreSQL up with pg_dump.')
  process.exit(2)
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = path.resolve(positionals[0] ?? path.join(path.dirname(source), 'backups', `handout-builder-${stamp}.db`))
mkdirSync(path.dirname(target), { recursive: true })
const { pages } = await backupSqlite(source, target)
console.log(`Backed up ${source} to ${target} (${pages} pages)`)
