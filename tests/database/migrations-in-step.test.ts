import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { checkMigrationsInStep, checkMigrationsMatchSchema, structureDifferences } from '@/lib/database/check-migrations'
import { describePostgresql, describeSqlite } from '@/lib/database/describe-database'
import { postgresqlSchemaFrom } from '@/lib/database/postgresql-schema'
import { createTempDirs } from '../support/temp-dir'
import { newTestDatabaseUrl, testDatabaseProvider } from '../support/test-database'

const tempDir = createTempDirs('drift')

describe('one model definition, migrations for SQLite and PostgreSQL kept in step', () => {
  it('has the PostgreSQL schema derived from the SQLite one and a twin for every migration', () => {
    expect(checkMigrationsInStep()).toEqual([])
  })

  it('derives the PostgreSQL schema by changing only the datasource and where its client goes', () => {
    const schema = 'generator client {\n  output = "../generated/prisma"\n}\n\ndatasource db {\n  provider = "sqlite"\n  url = "file:x.db"\n}\n\nmodel A {\n  id String @id\n}\n'
    const derived = postgresqlSchemaFrom(schema)
    expect(derived).toContain('provider = "postgresql"')
    expect(derived).toContain('output = "../../generated/prisma-postgresql"')
    expect(derived).not.toContain('sqlite')
    expect(derived.endsWith('model A {\n  id String @id\n}\n')).toBe(true)
    expect(() => postgresqlSchemaFrom('model A {\n  id String @id\n}\n')).toThrow(/datasource db/)
  })

  it(`builds, from the migrations, exactly the ${testDatabaseProvider()} database the schema describes`, async () => {
    const postgresql = inject('postgresql')
    const problems = postgresql
      ? await checkMigrationsMatchSchema({ provider: 'postgresql', serverUrl: postgresql.serverUrl })
      : await checkMigrationsMatchSchema({ provider: 'sqlite', folder: tempDir() })
    expect(problems).toEqual([])
  }, 120_000)

  it('notices a migration that leaves out an index or changes a default', async () => {
    const url = await newTestDatabaseUrl(tempDir())
    const tamper = ['DROP INDEX "Template_ownerId_idx"', 'ALTER TABLE "SignInThrottle" ALTER COLUMN "failures" SET DEFAULT 1']
    if (testDatabaseProvider() === 'postgresql') {
      const before = await describePostgresql(url)
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      for (const statement of tamper) await client.query(statement)
      await client.end()
      const differences = structureDifferences(await describePostgresql(url), before)
      expect(differences).toEqual(
        expect.arrayContaining([expect.stringMatching(/^the migrations lack: index Template: .*Template_ownerId_idx/), expect.stringMatching(/^the migrations add what the schema lacks: column SignInThrottle.failures .*default=1$/)]),
      )
      expect(differences).toHaveLength(3)
    } else {
      const file = url.slice('file:'.length)
      const before = describeSqlite(file)
      const sqlite = new Database(file)
      sqlite.exec(tamper[0]!)
      sqlite.close()
      expect(structureDifferences(describeSqlite(file), before)).toEqual([expect.stringMatching(/^the migrations lack: index Template.Template_ownerId_idx \(ownerId\)/)])
      expect(path.isAbsolute(file)).toBe(true)
    }
  })
})
