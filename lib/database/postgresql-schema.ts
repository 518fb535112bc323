/**
 * The models are defined once, in prisma/schema.prisma. A Prisma schema names one provider
 * and a generated client serves only that provider, so the PostgreSQL schema is derived from
 * it, word for word but for the datasource and where its client is generated.
 */
const HEADER = '// Generated from prisma/schema.prisma by `npm run db:schemas`. Do not edit: change that file.\n\n'

export function postgresqlSchemaFrom(sqliteSchema: string): string {
  const datasource = /datasource db \{[^}]*\}/
  const output = /output(\s*)= "\.\.\/generated\/prisma"/
  if (!datasource.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error('prisma/schema.prisma: expected a "datasource db" block and the client output "../generated/prisma"')
  }
  return (
    HEADER +
    sqliteSchema
      .replace(output, 'output$1= "../../generated/prisma-postgresql"')
      .replace(
        datasource,
        // As in the SQLite schema, the url is ignored at run time (an adapter connects), but
        // without one Prisma 6.19 tries to download a query engine.
        'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://localhost/handout_builder"\n}',
      )
  )
}
