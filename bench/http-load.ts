import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEMO_ACCOUNTS } from '../lib/data/seed-demo-data'
import type { THandoutRequestInput } from '../lib/handout/request'
import { freePort } from '../tests/support/free-port'
import { prepareDatabase, PRODUCTION_ENV } from '../tests/support/app-server'
import { localBin, tsxArgs } from '../tests/support/local-bin'
import { serveCommand } from '../tests/support/serve-command'
import { CORPUS } from '../tests/support/corpus'
import { postsOf, remoteLoad, type TLoadJob } from './remote-load'
import { percentile, round } from './stats'

const SETTLE_MS = 2000

export type TServer = { baseUrl: string; databaseUrl: string; pid: number; readyMs: number; stop: () => void }

/** Builds the app as `npm start` does, once for every server the bench starts. */
export function buildProductionServer(): void {
  execFileSync('npm', ['run', '-s', 'build'], { env: PRODUCTION_ENV, stdio: 'ignore' })
}

/** Starts the built app as `npm start` does (stock `next start`, serve-command.ts); ready means the first page answered (workers already warm). */
export async function startProductionServer(dataDir: string, extraEnv: Record<string, string> = {}): Promise<TServer> {
  const databaseUrl = await prepareDatabase(path.join(dataDir, 'bench.db'))
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const started = performance.now()
  const { command, args, env: serverEnv } = serveCommand(port)
  const child = spawn(command, args, {
    env: { ...PRODUCTION_ENV, ...serverEnv, DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: 'bench-only-secret-0123456789abcdefghijkl', ...extraEnv },
    stdio: 'ignore',
  })
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited during start-up')
    if (performance.now() - started > 60_000) throw new Error('the server was not ready after 60 s')
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { baseUrl, databaseUrl, pid: child.pid!, readyMs: performance.now() - started, stop: () => child.kill('SIGTERM') }
}

/** Starts a server with these settings on a fresh database, signs in, measures, stops it; adds readiness and peak RSS. */
export async function onProductionServer<T>(extraEnv: Record<string, string>, measure: (server: { baseUrl: string; databaseUrl: string; cookie: string }) => Promise<T>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-'))
  const server = await startProductionServer(dataDir, extraEnv)
  try {
    const measured = await measure({ baseUrl: server.baseUrl, databaseUrl: server.databaseUrl, cookie: await signIn(server.baseUrl) })
    return { readyMs: round(server.readyMs, 0), ...measured, serverPeakRssMb: round(peakRssMb(server.pid), 0) }
  } finally {
    server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Signs in (the demo clinician unless told) through next-auth's credentials flow; returns the cookie header. */
export async function signIn(baseUrl: string, account: { email: string; password: string } = DEMO_ACCOUNTS.clinician): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`)
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string }
  const csrfCookie = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ')
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: 'true' }),
  })
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('next-auth.session-token='))
  if (!session) throw new Error(`sign-in failed: ${response.status}`)
  return [csrfCookie, session.split(';')[0]].join('; ')
}

/** Peak resident memory of a process and its children, from /proc (Linux). */
export function peakRssMb(pid: number): number {
  const pids = [pid]
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    pids.push(...children)
  } catch {
    // no children file: count the process alone
  }
  return pids.reduce((total, id) => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))
      return total + (hwm ? Number(hwm[1]) / 1024 : 0)
    } catch {
      return total
    }
  }, 0)
}

export type TLoadResult = { connections: number; requests: number; errors: number; non2xx: number; rps: number; medianMs: number; p95Ms: number; p99Ms: number }

/** PDF requests from the load tool (remote-load.ts), the corpus's by default; each names a patient, so none is served from the cache. */
export async function loadPdf(
  baseUrl: string,
  cookie: string,
  connections: number,
  durationSeconds: number,
  requests: THandoutRequestInput[] = CORPUS.map((entry) => ({ ...entry.request, personal: { ...entry.request.personal, patientFirstName: 'Bench' } })),
): Promise<TLoadResult> {
  const bodies = requests.map((request) => JSON.stringify(request))
  const result = await measuredLoad({ url: baseUrl, connections, durationSeconds, headers: { cookie }, requests: postsOf('/api/handouts/pdf', bodies) })
  // autocannon stops at its deadline without waiting for the requests still in flight, which the
  // server goes on rendering: without a pause, the next run began behind up to 16 of them.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  return { connections, ...result }
}

/** One run of the load tool, with every response's latency, so any percentile can be read (autocannon itself has no p95). */
async function measuredLoad(job: TLoadJob): Promise<Omit<TLoadResult, 'connections'>> {
  const { requests, errors, non2xx, latencies } = await remoteLoad(job).done
  return {
    requests,
    errors,
    non2xx,
    rps: round(requests / job.durationSeconds),
    medianMs: round(percentile(latencies, 0.5)),
    p95Ms: round(percentile(latencies, 0.95)),
    p99Ms: round(percentile(latencies, 0.99)),
  }
}

/** Times `runs` POSTs of `body` to a route (the PDF route unless named), one after another, from a process of its own (request-timer.ts). */
function timePosts(baseUrl: string, headers: Record<string, string>, body: string, runs: number, route = '/api/handouts/pdf'): number[] {
  const job = JSON.stringify({ url: `${baseUrl}${route}`, headers, body, runs })
  return JSON.parse(execFileSync(localBin('tsx'), tsxArgs(path.join(process.cwd(), 'bench', 'request-timer.ts'), job), { encoding: 'utf8' })) as number[]
}

/** The same request again and again: served from the cache after the first. */
export const cachedLatencies = (baseUrl: string, cookie: string, runs: number) => timePosts(baseUrl, { cookie }, JSON.stringify(CORPUS[0]!.request), runs)

/** The same route without a session: what Next's request handling and the session check cost on their own. */
export const unauthenticatedLatencies = (baseUrl: string, runs: number) => timePosts(baseUrl, {}, '{}', runs)

/** Another route (a template's "print now"), refused for want of a session, for comparison. */
export const nextRouteLatencies = (baseUrl: string, runs: number) => timePosts(baseUrl, {}, '{}', runs, '/api/templates/none/pdf')

/** Resident memory now, of the server process and its children (Linux /proc). */
export function currentRssMb(pid: number): number {
  try {
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return rss ? Number(rss[1]) / 1024 : 0
  } catch {
    return 0
  }
}

/** A mixed clinic day: the builder page, PDFs and the templates list, in turn. */
export function mixedLoad(baseUrl: string, cookie: string, connections: number, durationSeconds: number) {
  const body = JSON.stringify({ ...CORPUS[0]!.request, personal: { ...CORPUS[0]!.request.personal, patientFirstName: 'Soak' } })
  return measuredLoad({
    url: baseUrl,
    connections,
    durationSeconds,
    headers: { cookie },
    requests: [
      { method: 'GET', path: '/handouts/new' },
      { method: 'POST', path: '/api/handouts/pdf', body },
      { method: 'GET', path: '/templates' },
    ],
  })
}
