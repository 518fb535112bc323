import { execFileSync } from 'node:child_process'
import path from 'node:path'

function prisma(args: string[], databaseUrl: string): string {
  return execFileSync(path.join(process.cwd(), 'node_modules', '.bin', 'prisma'), args, {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Applies the committed migrations for DATABASE_URL's provider, as `npm start` does. */
export function migrateDeploy(databaseUrl: string): void {
  prisma(['migrate', 'deploy'], databaseUrl)
}

/** The SQL that builds the schema from nothing: what the migrations must add up to. */
export function schemaScript(schemaFile: string, databaseUrl: string): string {
  return prisma(['migrate', 'diff', '--from-empty', '--to-schema-datamodel', schemaFile, '--script'], databaseUrl)
}
