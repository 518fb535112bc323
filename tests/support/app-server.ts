import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { createPrismaClient } from '@/lib/db'
import { seedDemoData } from '@/lib/data/seed-demo-data'
import { localBin } from './local-bin'
import { migrateDatabase } from './migrated-database'
import { serveCommand } from './serve-command'

/** The environment the production server and its build run with. */
export const PRODUCTION_ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const }

export function buildApp(): void {
  execFileSync(localBin('next'), ['build'], { env: PRODUCTION_ENV, stdio: 'pipe' })
}

export async function prepareDatabase(file: string): Promise<string> {
  const databaseUrl = migrateDatabase(file)
  const db = createPrismaClient(databaseUrl)
  await seedDemoData(db)
  await db.$disconnect()
  return databaseUrl
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`)
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server at ${url} not ready after 60 s:\n${output()}`)
}

export type TAppServer = { baseUrl: string; log: () => string; stop: () => Promise<void> }

/** Serves the built app in production mode, as `npm start` does (stock `next start`), on the given port; a variable set to undefined in `env` is left out. */
export async function startAppServer({ port, env, logFile }: { port: number; env: Record<string, string | undefined>; logFile?: string }): Promise<TAppServer> {
  let log = ''
  const { command, args, env: serverEnv } = serveCommand(port)
  const child = spawn(command, args, { env: { ...PRODUCTION_ENV, ...serverEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  // Kept in memory for start-up errors, and in a file when asked, for tests that read the server's logs.
  const sink = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined
  const collect = (chunk: Buffer) => {
    log += chunk.toString()
    sink?.write(chunk)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const baseUrl = `http://127.0.0.1:${port}`
  await waitUntilReady(baseUrl, child, () => log)
  return {
    baseUrl,
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
