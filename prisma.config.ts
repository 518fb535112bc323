import { defineConfig } from 'prisma/config'
import { databaseUrlFrom } from './lib/database-env'
import { databaseProvider, PRISMA_PATHS } from './lib/database/provider'

const databaseUrl = databaseUrlFrom(process.env)
const provider = databaseProvider(databaseUrl)

// The JS engine needs no downloaded binary. The CLI needs @prisma/adapter-pg 7 for PostgreSQL
// (6.x cannot read PostgreSQL's `name` columns); the app runs on 6.19. @see ../shared/offline-setup.md
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: PRISMA_PATHS[provider].schema,
  migrations: { path: PRISMA_PATHS[provider].migrations },
  adapter: async () => {
    if (provider === 'postgresql') {
      const [{ PrismaPg }, { postgresqlConnection }] = await Promise.all([import('adapter-pg-v7'), import('./lib/database/postgresql-connection')])
      return new PrismaPg(postgresqlConnection(databaseUrl))
    }
    const [{ PrismaBetterSQLite3 }, { prepareSqliteFile }] = await Promise.all([import('@prisma/adapter-better-sqlite3'), import('./lib/sqlite-file')])
    prepareSqliteFile(databaseUrl)
    return new PrismaBetterSQLite3({ url: databaseUrl })
  },
})
