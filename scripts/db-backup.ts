// npm run db:backup [-- <file>]: a consistent copy of the SQLite database, taken while the
// app runs (SQLite's online backup API). Restore with npm run db:restore. See docs/operations.md, "Backups and restore".
import { chmodSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { backupSqlite } from '../lib/data/backup-sqlite'
import { databaseUrlFrom } from '../lib/database-env'
import { DATA_FOLDER_MODE, makeDataFolder, sqliteFilePath } from '../lib/sqlite-file'

const databaseUrl = databaseUrlFrom(process.env)
const { positionals } = parseArgs({ allowPositionals: true, options: {} })
const source = sqliteFilePath(databaseUrl)
if (!source) {
  console.error('DATABASE_URL: db:backup copies SQLite files; back PostgreSQL up with pg_dump.')
  process.exit(2)
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const defaultFolder = path.join(path.dirname(source), 'backups')
const target = path.resolve(positionals[0] ?? path.join(defaultFolder, `handout-builder-${stamp}.db`))
if (!positionals[0]) {
  // Our own folder: owner-only, even if an older version made it readable by all.
  makeDataFolder(defaultFolder)
  chmodSync(defaultFolder, DATA_FOLDER_MODE)
}
try {
  const { pages } = await backupSqlite(source, target)
  console.log(`Backed up ${source} to ${target} (${pages} pages; readable by this user only)`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
