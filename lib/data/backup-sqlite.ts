import { existsSync, renameSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'

/** Copies a live SQLite database with its online backup API: consistent even while the app writes. */
export async function backupSqlite(source: string, target: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`no database at ${source}`)
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`)
  const database = new Database(source, { readonly: true, fileMustExist: true })
  try {
    const { totalPages } = await database.backup(target)
    return { pages: totalPages }
  } finally {
    database.close()
  }
}

/**
 * Puts a backup in the database's place. The app must be stopped. Checks the backup first
 * (a readable SQLite file, intact, with this app's migrations), and removes the old
 * write-ahead log, which would otherwise be replayed onto the restored file.
 */
export async function restoreSqlite(backup: string, target: string): Promise<void> {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`)
  const source = new Database(backup, { readonly: true, fileMustExist: true })
  try {
    const integrity = source.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw new Error(`${backup} is damaged (${String(integrity)}); choose another backup`)
    const migrations = source.prepare(`SELECT count(*) AS count FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get() as { count: number }
    if (migrations.count !== 1) throw new Error(`${backup} is not a Handout Builder database`)
    const staging = `${target}.restoring`
    rmSync(staging, { force: true })
    await source.backup(staging)
    for (const leftover of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) rmSync(leftover, { force: true })
    renameSync(staging, target)
  } catch (error) {
    if (error instanceof Error && /file is not a database/i.test(error.message)) throw new Error(`${backup} is not a SQLite database`)
    throw error
  } finally {
    source.close()
  }
}
