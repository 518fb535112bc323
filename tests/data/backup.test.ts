import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { backupSqlite, restoreSqlite } from '@/lib/data/backup-sqlite'
import { seedDemoData } from '@/lib/data/seed-demo-data'
import { createPrismaClient } from '@/lib/db'
import { localBin, tsxArgs } from '../support/local-bin'
import { migrateDatabase } from '../support/migrated-database'
import { createTempDirs } from '../support/temp-dir'

const tempDir = createTempDirs('backup')

/**
 * The app running, as far as its database sees it: another process with the app's Prisma client,
 * which writes a clinic's name on each line it reads and answers "ok". @see issue 20, item 10
 */
async function startApp(dir: string, url: string) {
  const script = path.join(dir, 'running-app.mts')
  writeFileSync(
    script,
    `import { createInterface } from 'node:readline'
import { createPrismaClient } from ${JSON.stringify(path.join(process.cwd(), 'lib', 'db.ts'))}
const db = createPrismaClient(process.env.DATABASE_URL)
for await (const name of createInterface({ input: process.stdin })) {
  await db.clinic.updateMany({ data: { name } })
  console.log('ok')
}
await db.$disconnect()`,
  )
  const child = spawn(localBin('tsx'), tsxArgs(script), { env: { ...process.env, DATABASE_URL: url }, stdio: ['pipe', 'pipe', 'inherit'] })
  const lines = child.stdout.setEncoding('utf8')
  const write = (name: string) =>
    new Promise<void>((resolve, reject) => {
      lines.once('data', (answer: string) => (answer.trim() === 'ok' ? resolve() : reject(new Error(answer))))
      child.stdin.write(`${name}\n`)
    })
  const stop = () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.stdin.end()))
  return { write, stop }
}

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

    // A server stopped hard leaves its write-ahead log behind, full of the later changes.
    const crashed = new Database(file)
    crashed.pragma('wal_autocheckpoint = 0')
    crashed.prepare(`UPDATE "Clinic" SET "name" = 'Renamed in the log only'`).run()
    copyFileSync(`${file}-wal`, path.join(dir, 'left-behind-wal'))
    crashed.close()
    copyFileSync(path.join(dir, 'left-behind-wal'), `${file}-wal`)

    await restoreSqlite(backup, file)
    expect(existsSync(`${file}-wal`)).toBe(false)
    expect(await snapshot(url)).toEqual(before)
  })

  it('refuses to restore from a missing, foreign or damaged file, and leaves the database alone', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'app.db')
    const url = migrateDatabase(file)
    const before = await snapshot(url)
    const foreign = path.join(dir, 'foreign.db')
    new Database(foreign).exec('CREATE TABLE notes (text TEXT)')
    const notSqlite = path.join(dir, 'photo.db')
    writeFileSync(notSqlite, Buffer.alloc(8192, 7))
    await expect(restoreSqlite(path.join(dir, 'missing.db'), file)).rejects.toThrow(/no backup at/)
    await expect(restoreSqlite(foreign, file)).rejects.toThrow(/not a Handout Builder database/)
    await expect(restoreSqlite(notSqlite, file)).rejects.toThrow(/not a SQLite database/)
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

  it('refuses to restore while the app has the database open, says so, and loses nothing', async () => {
    const dir = tempDir()
    const file = path.join(dir, 'app.db')
    const url = migrateDatabase(file)
    const seeding = createPrismaClient(url)
    await seedDemoData(seeding)
    await seeding.$disconnect()
    const backup = path.join(dir, 'backup.db')
    await backupSqlite(file, backup)

    const app = await startApp(dir, url)
    try {
      await app.write('Written while running')
      await expect(restoreSqlite(backup, file)).rejects.toThrow(/is in use: the app \(or another program\) has it open\. Stop the app, then restore again\. Nothing was changed\./)

      // The command an operator types says the same and fails.
      const command = spawnSync(localBin('tsx'), tsxArgs(path.join(process.cwd(), 'scripts', 'db-restore.ts'), backup), { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' })
      expect(command.status).toBe(1)
      expect(command.stderr).toMatch(/is in use.*Stop the app, then restore again/)
      expect(command.stdout).not.toMatch(/Restored/)

      // The app goes on writing to the database it has, and what it wrote is there.
      await app.write('Written after the refused restore')
    } finally {
      await app.stop()
    }
    expect(existsSync(`${file}.restoring`)).toBe(false)
    expect((await snapshot(url)).clinics.map((clinic) => clinic.name)).toEqual(['Written after the refused restore'])

    // Stopped, the same restore goes through.
    await restoreSqlite(backup, file)
    expect((await snapshot(url)).clinics.map((clinic) => clinic.name)).not.toContain('Written after the refused restore')
  }, 60_000)
})
