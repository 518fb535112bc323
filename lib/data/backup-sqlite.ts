import { existsSync } from 'node:fs'
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
