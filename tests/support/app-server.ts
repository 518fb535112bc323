import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { createPrismaClient } from '@/lib/db'
import { seedDemoData } from '@/lib/data/seed-demo-data'
import { migrateDatabase } from './migrated-database'

const NEXT = path.join(process.cwd(), 'node_modules', '.bin', 'next')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server at ${url} not ready after 60 s:\n${output()}`)
}

export type TAppServer = { baseUrl: string; stop: () => Promise<void> }

/** Builds the app and serves it in production mode on a free port, over a fresh seeded database. */
export async function startAppServer(databaseFile: string): Promise<TAppServer> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const }
  execFileSync(NEXT, ['build'], { env, stdio: 'pipe' })
  const databaseUrl = migrateDatabase(databaseFile)
  const db = createPrismaClient(databaseUrl)
  await seedDemoData(db)
  await db.$disconnect()

  const port = await freePort()
  let log = ''
  const child = spawn(NEXT, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const baseUrl = `http://127.0.0.1:${port}`
  await waitUntilReady(baseUrl, child, () => log)
  return {
    baseUrl,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
