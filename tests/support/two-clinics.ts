import type { PrismaClient } from '@/generated/prisma/client'
import { createPrismaClient } from '@/lib/db'
import { migrateDatabase } from './migrated-database'

type TClinic = Awaited<ReturnType<PrismaClient['clinic']['create']>>

/** A new migrated SQLite file holding two clinics, North and South; the client is closed after `run`. */
export async function withTwoClinics(file: string, run: (db: PrismaClient, clinics: { north: TClinic; south: TClinic }) => Promise<void>): Promise<void> {
  const db = createPrismaClient(migrateDatabase(file))
  try {
    const north = await db.clinic.create({ data: { name: 'North Clinic', phone: '555-0100', address: '1 Main St' } })
    const south = await db.clinic.create({ data: { name: 'South Clinic', phone: '555-0100', address: '1 Main St' } })
    await run(db, { north, south })
  } finally {
    await db.$disconnect()
  }
}
