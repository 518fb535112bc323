import { execFileSync } from 'node:child_process'
import path from 'node:path'

/** Applies the real migrations to a new SQLite file with the Prisma CLI, as `npm start` does. */
export function migrateDatabase(file: string): string {
  const url = `file:${file}`
  execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  })
  return url
}
