import { mkdirSync } from 'node:fs'
import path from 'node:path'

/** SQLite creates its file but not the folder it goes in; make that folder for a `file:` URL. */
export function ensureSqliteFolder(databaseUrl: string): void {
  if (!databaseUrl.startsWith('file:')) return
  const file = databaseUrl.slice('file:'.length).split('?')[0] ?? ''
  // turbopackIgnore: the path is DATABASE_URL's, known only at run time; nothing to trace into the build.
  if (file && file !== ':memory:') mkdirSync(/*turbopackIgnore: true*/ path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true })
}
