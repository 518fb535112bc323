import { migrateDeploy } from '@/lib/database/migrate'

/** Applies the real migrations to a new SQLite file with the Prisma CLI, as `npm start` does. */
export function migrateDatabase(file: string): string {
  const url = `file:${file}`
  migrateDeploy(url)
  return url
}
