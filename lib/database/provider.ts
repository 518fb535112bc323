/** SQLite for one machine with no server to run; PostgreSQL when several app servers share one database. */
export type TDatabaseProvider = 'sqlite' | 'postgresql'

export const isPostgresqlUrl = (databaseUrl: string) => /^postgres(ql)?:\/\//.test(databaseUrl)

export function databaseProvider(databaseUrl: string): TDatabaseProvider {
  if (databaseUrl.startsWith('file:')) return 'sqlite'
  if (isPostgresqlUrl(databaseUrl)) return 'postgresql'
  throw new Error('DATABASE_URL: must start with "file:" (SQLite) or "postgresql://"')
}

/** Where each provider's schema and migrations live; the SQLite schema is the one the team edits. */
export const PRISMA_PATHS = {
  sqlite: { schema: 'prisma/schema.prisma', migrations: 'prisma/migrations' },
  postgresql: { schema: 'prisma/postgresql/schema.prisma', migrations: 'prisma/postgresql/migrations' },
} as const satisfies Record<TDatabaseProvider, { schema: string; migrations: string }>
