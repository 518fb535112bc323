import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { backupSqlite, restoreSqlite } from '@/lib/data/backup-sqlite'
import { seedDemoData } from '@/lib/data/seed-demo-data'
import { createPrismaClient } from '@/lib/db'
import { localBin, tsxArgs } from '../support/local-bin'
import { migrateDatabase } from '../support/migrated-database'
import { createTempDirs } from '../support/temp-dir'

// Issue 20, item 11: the database, its WAL and backups were created readable by every local user.
const tempDir = createTempDirs('data-modes')
const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8)

describe('files that hold data are readable by their owner only', () => {
  it('creates the database, its log and its folder owner-only, as `npm start` migrates and opens it', async () => {
    const folder = path.join(tempDir(), 'data', 'nested')
    const file = path.join(folder, 'app.db')
    const url = migrateDatabase(file)
    expect(modeOf(file)).toBe('600')
    expect(modeOf(folder)).toBe('700')
    expect(modeOf(path.dirname(folder))).toBe('700')

    const db = createPrismaClient(url)
    try {
      await seedDemoData(db)
      expect(existsSync(`${file}-wal`)).toBe(true)
      for (const name of [file, `${file}-wal`, `${file}-shm`]) expect(modeOf(name), name).toBe('600')
    } finally {
      await db.$disconnect()
    }
  })

  it('closes a database an older version left readable by all at the next start', async () => {
    const file = path.join(tempDir(), 'app.db')
    const url = migrateDatabase(file)
    // Open, with a log beside it, as an older version's server left it.
    const older = new Database(file)
    older.pragma('journal_mode = WAL')
    older.prepare(`UPDATE "Clinic" SET "name" = 'x'`).run()
    const files = [file, `${file}-wal`, `${file}-shm`]
    for (const name of files) chmodSync(name, 0o644)

    const db = createPrismaClient(url)
    try {
      for (const name of files) expect(modeOf(name), name).toBe('600')
    } finally {
      await db.$disconnect()
      older.close()
    }
  })

  it('writes backups owner-only, in an owner-only folder, and restores owner-only whatever the backup’s mode', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'app.db')
    migrateDatabase(file)
    const backup = path.join(dir, 'backups', 'one.db')
    await backupSqlite(file, backup)
    expect(modeOf(backup)).toBe('600')
    expect(modeOf(path.dirname(backup))).toBe('700')

    chmodSync(backup, 0o644)
    chmodSync(file, 0o644)
    await restoreSqlite(backup, file)
    expect(modeOf(file)).toBe('600')
  })

  it('npm run db:backup makes its default folder owner-only, even one an older version made', () => {
    const dir = tempDir()
    const file = path.join(dir, 'app.db')
    const url = migrateDatabase(file)
    mkdirSync(path.join(dir, 'backups'), { mode: 0o755 })
    chmodSync(path.join(dir, 'backups'), 0o755)
    execFileSync(localBin('tsx'), tsxArgs(path.join(process.cwd(), 'scripts', 'db-backup.ts')), { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' })
    expect(modeOf(path.join(dir, 'backups'))).toBe('700')
    const [written] = readdirSync(path.join(dir, 'backups'))
    expect(modeOf(path.join(dir, 'backups', written!))).toBe('600')
  })

  it('a failed backup leaves no empty file behind', async () => {
    const dir = tempDir()
    const notSqlite = path.join(dir, 'photo.db')
    writeFileSync(notSqlite, Buffer.alloc(8192, 7))
    await expect(backupSqlite(notSqlite, path.join(dir, 'copy.db'))).rejects.toThrow()
    expect(existsSync(path.join(dir, 'copy.db'))).toBe(false)
  })
})
