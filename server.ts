// The production server's entry (`npm run serve`, bundled by `npm run build:server`): see
// lib/http/production-server.ts. The environment is checked first, so a bad variable stops it
// with only the variable's name and what was expected.
import { exit } from 'node:process'

try {
  await import('./lib/env')
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exit(1)
}
const { startProductionServer } = await import('./lib/http/production-server')
await startProductionServer()
