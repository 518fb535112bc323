// First step of `npm start` and `npm run dev`: a wrong variable stops them here, named, before
// the database is migrated or the app is built, instead of after a minute of building.
export {}

try {
  await import('../lib/env')
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
