import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { PrismaClient } from '@/generated/prisma/client'
import { createPrismaClient } from '@/lib/db'
import { newTestDatabaseUrl } from './test-database'

/**
 * One freshly migrated database (SQLite or PostgreSQL, by test project) shared by the tests of a describe block (a migration takes
 * about a second): created before its first test, disconnected and deleted after its last.
 */
export function createSuiteDatabase(prefix: string): () => PrismaClient {
  let dir: string | undefined
  let db: PrismaClient | undefined
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`))
    db = createPrismaClient(await newTestDatabaseUrl(dir))
  }, 60_000)
  afterAll(async () => {
    await db?.$disconnect()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    if (!db) throw new Error('the suite database is only ready inside its describe block’s tests')
    return db
  }
}
