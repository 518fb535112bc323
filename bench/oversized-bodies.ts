// npm run bench:bodies: the production server's memory while clients send bodies far past the
// limits (issue 20, item 3). Before the fix four 300 MB bodies to POST /api/templates/<id>/pdf
// took the server to 3.4 GB. Four at a time, to each kind of route, chunked (no Content-Length)
// and declared: the status each got, how long it took, and the server's resident memory
// before, at its highest while they were sent (sampled every 10 ms) and after each of three rounds. Prints; writes nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sendRaw } from '../tests/support/raw-request'
import { buildProductionServer, signIn, startProductionServer } from './http-load'

const MB = 1024 * 1024
const BODY_MB = 300
const AT_ONCE = 4

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

buildProductionServer()
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-bodies-'))
const server = await startProductionServer(dataDir)
try {
  const cookie = await signIn(server.baseUrl)
  const routes: { name: string; path: string; headers: Record<string, string> }[] = [
    { name: 'PDF route', path: '/api/handouts/pdf', headers: { 'content-type': 'application/json' } },
    { name: 'Print now (Next route handler)', path: '/api/templates/any/pdf', headers: { 'content-type': 'application/json' } },
    { name: 'sign-in (next-auth)', path: '/api/auth/callback/credentials', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    { name: 'server action (a page POST)', path: '/templates', headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': '0'.repeat(42) } },
  ]
  const before = rssMb(server.pid)
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid))), 10)
  // Three rounds: memory that stays level from one round to the next is not holding the bodies.
  for (let round = 1; round <= 3; round++) {
    for (const route of routes) {
      for (const framing of ['chunked', 'declared'] as const) {
        const started = performance.now()
        const answers = await Promise.all(
          Array.from({ length: AT_ONCE }, () =>
            framing === 'chunked'
              ? sendRaw(server.baseUrl, { method: 'POST', path: route.path, headers: { ...route.headers, cookie }, chunks: { size: 64 * 1024, count: (BODY_MB * MB) / (64 * 1024) } })
              : sendRaw(server.baseUrl, { method: 'POST', path: route.path, headers: { ...route.headers, cookie, 'content-length': String(BODY_MB * MB) }, chunks: { size: 64 * 1024, count: (BODY_MB * MB) / (64 * 1024) } }),
          ),
        )
        if (round === 1) console.log(`${route.name}, ${AT_ONCE} × ${BODY_MB} MB ${framing}: ${answers.map((answer) => answer.status).join(' ')} in ${Math.round(performance.now() - started)} ms`)
      }
    }
    console.log(`after round ${round}: server RSS ${rssMb(server.pid).toFixed(0)} MB`)
  }
  clearInterval(sampler)
  await new Promise((resolve) => setTimeout(resolve, 2_500))
  console.log(`server RSS: ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB at most while the bodies were sent, ${rssMb(server.pid).toFixed(0)} MB after`)
} finally {
  server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
