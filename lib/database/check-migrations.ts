import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { describePostgresql, describeSqlite, type TStructure } from './describe-database'
import { migrateDeploy, schemaScript } from './migrate'
import { postgresqlUrlWithDatabase } from './postgresql-connection'
import { postgresqlSchemaFrom } from './postgresql-schema'
import { PRISMA_PATHS } from './provider'

const migrationNames = (folder: string) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()

/** Problems that need no database: the derived schema is current and both providers have the same migrations. */
export function checkMigrationsInStep(root = process.cwd()): string[] {
  const at = (file: string) => path.join(root, file)
  const problems: string[] = []
  const derived = postgresqlSchemaFrom(readFileSync(at(PRISMA_PATHS.sqlite.schema), 'utf8'))
  if (!existsSync(at(PRISMA_PATHS.postgresql.schema)) || readFileSync(at(PRISMA_PATHS.postgresql.schema), 'utf8') !== derived) {
    problems.push(`${PRISMA_PATHS.postgresql.schema} is not derived from ${PRISMA_PATHS.sqlite.schema}: run npm run db:schemas`)
  }
  const sqlite = migrationNames(at(PRISMA_PATHS.sqlite.migrations))
  const postgresql = migrationNames(at(PRISMA_PATHS.postgresql.migrations))
  for (const name of sqlite.filter((name) => !postgresql.includes(name))) problems.push(`migration ${name} has no PostgreSQL twin in ${PRISMA_PATHS.postgresql.migrations}`)
  for (const name of postgresql.filter((name) => !sqlite.includes(name))) problems.push(`migration ${name} has no SQLite twin in ${PRISMA_PATHS.sqlite.migrations}`)
  for (const provider of ['sqlite', 'postgresql'] as const) {
    const lock = at(path.join(PRISMA_PATHS[provider].migrations, 'migration_lock.toml'))
    if (!existsSync(lock) || !readFileSync(lock, 'utf8').includes(`provider = "${provider}"`)) problems.push(`${lock} must say provider = "${provider}"`)
  }
  return problems
}

/** Lines in one structure and not the other, marked with where they are missing. */
export function structureDifferences(migrated: TStructure, expected: TStructure): string[] {
  return [
    ...expected.filter((line) => !migrated.includes(line)).map((line) => `the migrations lack: ${line}`),
    ...migrated.filter((line) => !expected.includes(line)).map((line) => `the migrations add what the schema lacks: ${line}`),
  ]
}

export type TScratch = { provider: 'sqlite'; folder: string } | { provider: 'postgresql'; serverUrl: string }

/**
 * Applies the migrations to one empty database and the schema, built from nothing, to
 * another, and compares what came out: any difference means the migrations drifted.
 * For PostgreSQL, `serverUrl` is any database on a server where two scratch databases may be made.
 */
export async function checkMigrationsMatchSchema(scratch: TScratch, root = process.cwd()): Promise<string[]> {
  const schemaFile = path.join(root, PRISMA_PATHS[scratch.provider].schema)
  if (scratch.provider === 'sqlite') {
    const migratedFile = path.join(scratch.folder, 'migrated.db')
    const expectedFile = path.join(scratch.folder, 'expected.db')
    migrateDeploy(`file:${migratedFile}`)
    const script = schemaScript(schemaFile, `file:${expectedFile}`)
    const sqlite = new Database(expectedFile)
    sqlite.exec(script)
    sqlite.close()
    return structureDifferences(describeSqlite(migratedFile), describeSqlite(expectedFile))
  }
  const suffix = randomBytes(4).toString('hex')
  const names = { migrated: `drift_migrated_${suffix}`, expected: `drift_expected_${suffix}` }
  const urlFor = (database: string) => postgresqlUrlWithDatabase(scratch.serverUrl, database)
  const admin = new pg.Client({ connectionString: scratch.serverUrl })
  await admin.connect()
  try {
    for (const name of Object.values(names)) await admin.query(`CREATE DATABASE ${name}`)
    migrateDeploy(urlFor(names.migrated))
    const expected = new pg.Client({ connectionString: urlFor(names.expected) })
    await expected.connect()
    await expected.query(schemaScript(schemaFile, urlFor(names.expected)))
    await expected.end()
    return structureDifferences(await describePostgresql(urlFor(names.migrated)), await describePostgresql(urlFor(names.expected)))
  } finally {
    for (const name of Object.values(names)) await admin.query(`DROP DATABASE IF EXISTS ${name}`)
    await admin.end()
  }
}
