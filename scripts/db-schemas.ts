// npm run db:schemas: writes the PostgreSQL schema from prisma/schema.prisma, the one model
// definition. `npm run db:new-migration` runs it too.
import { readFileSync, writeFileSync } from 'node:fs'
import { postgresqlSchemaFrom } from '../lib/database/postgresql-schema'
import { PRISMA_PATHS } from '../lib/database/provider'

writeFileSync(PRISMA_PATHS.postgresql.schema, postgresqlSchemaFrom(readFileSync(PRISMA_PATHS.sqlite.schema, 'utf8')))
console.log(`Wrote ${PRISMA_PATHS.postgresql.schema}`)
