import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

/**
 * Everything that holds data (the database, SQLite's files beside it, backups, the local auth
 * secret) is readable by its owner only, and so are the folders the app makes for it: the
 * database holds password hashes and the handout history. @see issue 20, item 11
 */
export const DATA_FILE_MODE = 0o600
export const DATA_FOLDER_MODE = 0o700

/** The files SQLite keeps beside a database while it is open or after a crash. */
export const sqliteSideFiles = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`]

/** Makes a folder for data, and any parents it needs, owner-only. One that exists is left as it is. */
export function makeDataFolder(folder: string): void {
  // turbopackIgnore: the path is DATABASE_URL's, known only at run time; nothing to trace into the build.
  mkdirSync(/*turbopackIgnore: true*/ folder, { recursive: true, mode: DATA_FOLDER_MODE })
}

/** Makes existing data files owner-only; a file that is not there is skipped. */
export function restrictDataFiles(files: string[]): void {
  for (const file of files) {
    try {
      chmodSync(/*turbopackIgnore: true*/ file, DATA_FILE_MODE)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
}

/** Creates an empty file, owner-only, failing if it exists: SQLite then writes into it and its own files copy its mode. */
export function createDataFile(file: string): void {
  closeSync(openSync(/*turbopackIgnore: true*/ file, 'wx', DATA_FILE_MODE))
}

const sqliteFile = (databaseUrl: string) => (databaseUrl.startsWith('file:') ? (databaseUrl.slice('file:'.length).split('?')[0] ?? '') : '')

/** The absolute path of a `file:` URL's database, or undefined for any other URL. */
export function sqliteFilePath(databaseUrl: string): string | undefined {
  const file = sqliteFile(databaseUrl)
  return file ? path.resolve(/*turbopackIgnore: true*/ file) : undefined
}

/** SQLite creates its file but not the folder it goes in; make that folder (owner-only) for a `file:` URL. */
export function ensureSqliteFolder(databaseUrl: string): void {
  const file = sqliteFile(databaseUrl)
  if (file && file !== ':memory:') makeDataFolder(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)))
}

/**
 * Readies a `file:` URL's database before anything opens it: its folder made, the file created
 * empty and owner-only if it is new (SQLite gives its -wal and -shm files the database's mode),
 * and an existing one, with those files, made owner-only, so a database created by an older
 * version (0644) is closed to other users at the next start or migration. The app's default
 * folder (./data) is made owner-only too; a folder chosen in DATABASE_URL keeps the mode it has.
 */
export function prepareSqliteFile(databaseUrl: string): void {
  const file = sqliteFile(databaseUrl)
  if (!file || file === ':memory:') return
  const absolute = path.resolve(/*turbopackIgnore: true*/ file)
  const folder = path.dirname(absolute)
  makeDataFolder(folder)
  if (folder === path.resolve(/*turbopackIgnore: true*/ 'data')) chmodSync(/*turbopackIgnore: true*/ folder, DATA_FOLDER_MODE)
  try {
    createDataFile(absolute)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  restrictDataFiles([absolute, ...sqliteSideFiles(absolute)])
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
