import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from '../generated/prisma/client'
import { env } from './env'
import { ensureSqliteFolder } from './sqlite-file'

export function createPrismaClient(url: string = env.DATABASE_URL): PrismaClient {
  ensureSqliteFolder(url)
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) })
}

// One client per process; in development Next reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient }

export const db = globalForPrisma.prisma ?? createPrismaClient()
if (env.NODE_ENV !== 'production') globalForPrisma.prisma = db
