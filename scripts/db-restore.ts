// npm run db:restore -- <backup file>: puts a backup made by db:backup in place of the SQLite
// database (DATABASE_URL). Stop the app first: it refuses while the database is in use. See docs/operations.md, "Backups and restore".
import path from 'node:path'
import { parseArgs } from 'node:util'
import { restoreSqlite } from '../lib/data/backup-sqlite'
import { databaseUrlFrom } from '../lib/database-env'
import { sqliteFilePath } from '../lib/sqlite-file'

const databaseUrl = databaseUrlFrom(process.env)
const { positionals } = parseArgs({ allowPositionals: true, options: {} })
const target = sqliteFilePath(databaseUrl)
if (!target) {
  console.error('DATABASE_URL: db:restore restores SQLite files; restore PostgreSQL with pg_restore.')
  process.exit(2)
}
if (positionals.length !== 1) {
  console.error('usage: npm run db:restore -- <backup file>   (stop the app first)')
  process.exit(2)
}
try {
  await restoreSqlite(path.resolve(positionals[0]!), target)
  console.log(`Restored ${target} from ${path.resolve(positionals[0]!)}. Start the app again.`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
