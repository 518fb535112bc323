import 'server-only'
import { existsSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createDataFile, makeDataFolder, restrictDataFiles, sqliteSideFiles } from '../sqlite-file'

const isSqliteError = (error: unknown, ...codes: string[]) => error instanceof Error && codes.includes((error as Error & { code?: string }).code ?? '')

/**
 * Copies a live SQLite database with its online backup API: consistent even while the app writes.
 * The copy is owner-only (0600) from its first byte, in a folder made owner-only if it is new.
 */
export async function backupSqlite(source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`)
  makeDataFolder(path.dirname(target))
  try {
    createDataFile(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${target} already exists; choose a new file name`)
    throw error
  }
  const database = new Database(source, { readonly: true, fileMustExist: true })
  try {
    const { totalPages } = await database.backup(target)
    return { pages: totalPages }
  } catch (error) {
    rmSync(target, { force: true })
    throw error
  } finally {
    database.close()
  }
}

/**
 * Takes the database for ourselves, or says who has it. A running app keeps its connection, and
 * with it a shared lock, open; in exclusive locking mode our lock is refused while any other
 * connection, in any process, is open, and once granted it is held until we close, so nothing
 * opens the database while it is replaced. @see issue 20, item 10
 */
function lockDatabase(target: string): Database.Database | undefined {
  if (!existsSync(target)) return undefined
  const database = new Database(target, { fileMustExist: true, timeout: 0 })
  try {
    database.pragma('locking_mode = EXCLUSIVE')
    database.exec('BEGIN EXCLUSIVE; COMMIT')
    return database
  } catch (error) {
    database.close()
    if (isSqliteError(error, 'SQLITE_BUSY', 'SQLITE_LOCKED')) {
      throw new Error(`${target} is in use: the app (or another program) has it open. Stop the app, then restore again. Nothing was changed.`)
    }
    // A database too damaged to open has nobody writing to it: it is what the backup replaces.
    return undefined
  }
}

/**
 * Puts a backup in the database's place. Refuses while the database is in use (the app
 * running): the app would go on writing to the file it has open, and everything it wrote after
 * the restore would be lost. Checks the backup first (a readable SQLite file, intact, with this
 * app's migrations), and removes the old write-ahead log, which would otherwise be replayed onto
 * the restored file. The restored file is owner-only (0600).
 */
export async function restoreSqlite(backup: string, target: string): Promise<void> {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`)
  const source = new Database(backup, { readonly: true, fileMustExist: true })
  let lock: Database.Database | undefined
  const staging = `${target}.restoring`
  try {
    const integrity = source.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`${backup} is damaged (${String(integrity)}); choose another backup`)
    const migrations = source.prepare(`SELECT count(*) AS count FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get() as { count: number }
    if (migrations.count !== 1) throw new Error(`${backup} is not a Handout Builder database`)
    lock = lockDatabase(target)
    makeDataFolder(path.dirname(target))
    rmSync(staging, { force: true })
    createDataFile(staging)
    await source.backup(staging)
    // Closing writes back and removes our own log; the lock goes with it, just before the swap.
    lock?.close()
    lock = undefined
    for (const leftover of sqliteSideFiles(target)) rmSync(leftover, { force: true })
    renameSync(staging, target)
    restrictDataFiles([target])
  } catch (error) {
    rmSync(staging, { force: true })
    if (error instanceof Error && /file is not a database/i.test(error.message)) throw new Error(`${backup} is not a SQLite database`)
    throw error
  } finally {
    lock?.close()
    source.close()
  }
}
