import { describe, expect, it } from 'vitest'
import { verifyPassword } from '@/lib/data/password'
import { DEMO_ACCOUNTS, DEMO_CLINIC, seedDemoData } from '@/lib/data/seed-demo-data'
import { createPrismaClient } from '@/lib/db'
import { newTestDatabaseUrl } from '../support/test-database'
import { createTempDirs } from '../support/temp-dir'

const tempDir = createTempDirs('seed')

describe('seeding a new database', () => {
  it('creates the demo clinic with a clinician and an admin, whose passwords verify', async () => {
    const db = createPrismaClient(await newTestDatabaseUrl(tempDir()))
    try {
      expect(await seedDemoData(db)).toEqual({ isCreated: true })
      const clinic = await db.clinic.findFirstOrThrow({ include: { users: { orderBy: { email: 'asc' } } } })
      expect(clinic).toMatchObject(DEMO_CLINIC)
      expect(clinic.users.map((user) => [user.email, user.role])).toEqual([
        [DEMO_ACCOUNTS.admin.email, 'admin'],
        [DEMO_ACCOUNTS.clinician.email, 'clinician'],
      ])
      const clinician = clinic.users[1]!
      expect(clinician.passwordHash).toMatch(/^\$argon2id\$/)
      expect(await verifyPassword(clinician.passwordHash!, DEMO_ACCOUNTS.clinician.password)).toBe(true)
      expect(await verifyPassword(clinician.passwordHash!, 'wrong password')).toBe(false)
    } finally {
      await db.$disconnect()
    }
  })

  it('does nothing when the database already has data', async () => {
    const db = createPrismaClient(await newTestDatabaseUrl(tempDir()))
    try {
      await seedDemoData(db)
      expect(await seedDemoData(db)).toEqual({ isCreated: false })
      expect(await db.user.count()).toBe(2)
      expect(await db.clinic.count()).toBe(1)
    } finally {
      await db.$disconnect()
    }
  })

  it('refuses a second user with the same email', async () => {
    const db = createPrismaClient(await newTestDatabaseUrl(tempDir()))
    try {
      await seedDemoData(db)
      const clinic = await db.clinic.findFirstOrThrow()
      await expect(
        db.user.create({ data: { email: DEMO_ACCOUNTS.admin.email, name: 'Copy', passwordHash: 'x', clinicId: clinic.id } }),
      ).rejects.toThrow(/Unique constraint/)
    } finally {
      await db.$disconnect()
    }
  })
})
