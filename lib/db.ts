import 'server-only'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../generated/prisma/client'
import { PrismaClient as PostgresqlPrismaClient } from '../generated/prisma-postgresql/client'
import { databaseProvider } from './database/provider'
import { env } from './env'
import { prepareSqliteFile, switchToWriteAheadLog } from './sqlite-file'

export function createPrismaClient(url: string = env.DATABASE_URL): PrismaClient {
  if (databaseProvider(url) === 'postgresql') {
    // Generated from the same models, so its API is the SQLite client's; only the SQL differs.
    return new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as PrismaClient
  }
  prepareSqliteFile(url)
  switchToWriteAheadLog(url)
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) })
}

// One client per process, kept on globalThis: in development Next reloads modules.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

export const db = (globalForPrisma.prisma ??= createPrismaClient())
