import { copyFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupSqlite } from '@/lib/data/backup-sqlite'
import { seedDemoData } from '@/lib/data/seed-demo-data'
import { createPrismaClient } from '@/lib/db'
import { migrateDatabase } from '../support/migrated-database'
import { createTempDirs } from '../support/temp-dir'

const tempDir = createTempDirs('backup')

async function snapshot(url: string) {
  const db = createPrismaClient(url)
  try {
    return { clinics: await db.clinic.findMany({ orderBy: { id: 'asc' } }), users: await db.user.findMany({ orderBy: { id: 'asc' } }) }
  } finally {
    await db.$disconnect()
  }
}

describe('backing up and restoring the SQLite database', () => {
  it('restores exactly what was there when the backup was taken', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'app.db')
    const url = migrateDatabase(file)
    const db = createPrismaClient(url)
    await seedDemoData(db)
    const before = await snapshot(url)

    // Taken while a connection is open, as on a running server.
    const backup = path.join(dir, 'backup.db')
    expect((await backupSqlite(file, backup)).pages).toBeGreaterThan(0)

    await db.clinic.update({ where: { id: before.clinics[0]!.id }, data: { name: 'Renamed after the backup' } })
    await db.user.deleteMany({ where: { role: 'clinician' } })
    await db.$disconnect()
    expect(await snapshot(url)).not.toEqual(before)

    copyFileSync(backup, file)
    expect(await snapshot(url)).toEqual(before)
  })

  it('refuses to overwrite an existing file or to back up a missing database', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'app.db')
    migrateDatabase(file)
    await backupSqlite(file, path.join(dir, 'one.db'))
    await expect(backupSqlite(file, path.join(dir, 'one.db'))).rejects.toThrow(/already exists/)
    await expect(backupSqlite(path.join(dir, 'missing.db'), path.join(dir, 'two.db'))).rejects.toThrow(/no database/)
  })
})
