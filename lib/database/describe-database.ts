import Database from 'better-sqlite3'
import pg from 'pg'

/**
 * A database's structure as sorted lines (tables, columns, keys, indexes, enums), leaving
 * out Prisma's own bookkeeping, so two databases can be compared line by line.
 */
export type TStructure = string[]

const PRISMA_TABLE = '_prisma_migrations'

export function describeSqlite(file: string): TStructure {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const lines: string[] = []
    const tables = sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?`)
      .all(PRISMA_TABLE) as { name: string }[]
    for (const { name: table } of tables) {
      lines.push(`table ${table}`)
      for (const column of sqlite.pragma(`table_info("${table}")`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[]) {
        lines.push(`column ${table}.${column.name} ${column.type} ${column.notnull ? 'not null' : 'null'} default=${column.dflt_value} pk=${column.pk}`)
      }
      for (const index of sqlite.pragma(`index_list("${table}")`) as { name: string; unique: number; origin: string }[]) {
        const columns = (sqlite.pragma(`index_info("${index.name}")`) as { name: string }[]).map((column) => column.name).join(',')
        lines.push(`index ${table}.${index.name} (${columns}) unique=${index.unique} origin=${index.origin}`)
      }
      for (const key of sqlite.pragma(`foreign_key_list("${table}")`) as { table: string; from: string; to: string; on_update: string; on_delete: string }[]) {
        lines.push(`foreign key ${table}.${key.from} -> ${key.table}.${key.to} on update ${key.on_update} on delete ${key.on_delete}`)
      }
    }
    return lines.sort()
  } finally {
    sqlite.close()
  }
}

export async function describePostgresql(databaseUrl: string): Promise<TStructure> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const rows = async (sql: string, params: string[] = [PRISMA_TABLE]) => (await client.query<Record<string, string | null>>(sql, params)).rows
    const lines = [
      ...(await rows(
        `SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> $1`,
      )).map((row) => `column ${row.table_name}.${row.column_name} ${row.udt_name} nullable=${row.is_nullable} default=${row.column_default}`),
      ...(await rows(`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> $1`)).map(
        (row) => `index ${row.tablename}: ${row.indexdef}`,
      ),
      ...(await rows(
        `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
         WHERE connamespace = 'public'::regnamespace AND conrelid <> 0 AND conrelid::regclass::text <> quote_ident($1)`,
      )).map((row) => `constraint ${row.table_name}.${row.conname}: ${row.definition}`),
      ...(await rows(
        `SELECT t.typname, e.enumlabel, e.enumsortorder::text AS position FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         WHERE t.typnamespace = 'public'::regnamespace`,
        [],
      )).map((row) => `enum ${row.typname} ${row.position}: ${row.enumlabel}`),
    ]
    return lines.sort()
  } finally {
    await client.end()
  }
}
