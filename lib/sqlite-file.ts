import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

const sqliteFile = (databaseUrl: string) => (databaseUrl.startsWith('file:') ? (databaseUrl.slice('file:'.length).split('?')[0] ?? '') : '')

/** The absolute path of a `file:` URL's database, or undefined for any other URL. */
export function sqliteFilePath(databaseUrl: string): string | undefined {
  const file = sqliteFile(databaseUrl)
  return file ? path.resolve(/*turbopackIgnore: true*/ file) : undefined
}

/** SQLite creates its file but not the folder it goes in; make that folder for a `file:` URL. */
export function ensureSqliteFolder(databaseUrl: string): void {
  const file = sqliteFile(databaseUrl)
  // turbopackIgnore: the path is DATABASE_URL's, known only at run time; nothing to trace into the build.
  if (file && file !== ':memory:') mkdirSync(/*turbopackIgnore: true*/ path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true })
}

/**
 * Switches the database to write-ahead logging, which SQLite keeps in the file, so once is
 * enough. A commit then costs one sync instead of three (history lines are written on every
 * handout), and readers never wait for a writer. With WAL, a `-wal` file sits beside the database.
 */
export function switchToWriteAheadLog(databaseUrl: string): void {
  const file = sqliteFile(databaseUrl)
  if (!file || file === ':memory:') return
  const sqlite = new Database(/*turbopackIgnore: true*/ path.resolve(/*turbopackIgnore: true*/ file))
  try {
    sqlite.pragma('journal_mode = WAL')
  } finally {
    sqlite.close()
  }
}
