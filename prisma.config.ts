import { defineConfig } from 'prisma/config'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { env } from './lib/env'
import { ensureSqliteFolder } from './lib/sqlite-file'

// The JS engine needs no downloaded binary. @see ../shared/offline-setup.md
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: async () => {
    ensureSqliteFolder(env.DATABASE_URL)
    return new PrismaBetterSQLite3({ url: env.DATABASE_URL })
  },
})
