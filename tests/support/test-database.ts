import { randomBytes } from 'node:crypto'
import path from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import { postgresqlUrlWithDatabase } from '@/lib/database/postgresql-connection'
import type { TDatabaseProvider } from '@/lib/database/provider'
import { migrateDatabase } from './migrated-database'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set in the `postgresql` test project: a throwaway cluster with a migrated template database. */
    postgresql?: { serverUrl: string; template: string }
  }
}

/** The integration tests run once on SQLite and once on PostgreSQL (see vitest.config.mts). */
export function testDatabaseProvider(): TDatabaseProvider {
  return inject('postgresql') ? 'postgresql' : 'sqlite'
}

/**
 * The URL of a new, migrated, empty database on this test project's provider: a SQLite
 * file in `folder`, or a copy of the PostgreSQL cluster's migrated template (folder unused).
 */
export async function newTestDatabaseUrl(folder: string): Promise<string> {
  const postgresql = inject('postgresql')
  if (!postgresql) return migrateDatabase(path.join(folder, 'app.db'))
  const name = `test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: postgresql.serverUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${postgresql.template}`)
  } finally {
    await admin.end()
  }
  return postgresqlUrlWithDatabase(postgresql.serverUrl, name)
}
