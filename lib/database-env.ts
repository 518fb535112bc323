import { z } from 'zod'
import { postgresqlConnection } from './database/postgresql-connection'
import { isPostgresqlUrl } from './database/provider'

export const ZDatabaseUrl = z
  .string()
  .default('file:./data/handout-builder.db')
  .superRefine((url, context) => {
    if (url.startsWith('file:')) return
    if (!isPostgresqlUrl(url)) return context.addIssue({ code: 'custom', message: 'must start with "file:" (SQLite) or "postgresql://"' })
    try {
      postgresqlConnection(url)
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message.replace(/^DATABASE_URL: /, '') })
    }
  })

/**
 * DATABASE_URL alone, for tools that touch only the database (Prisma's CLI, backups): they
 * must not need the app's secrets, nor write one. The app reads it through lib/env.
 */
export function databaseUrlFrom(source: Record<string, string | undefined>): string {
  const result = ZDatabaseUrl.safeParse(source.DATABASE_URL)
  if (!result.success) throw new Error(`Invalid environment variables:\n  DATABASE_URL: ${result.error.issues.map((issue) => issue.message).join('; ')}`)
  return result.data
}
