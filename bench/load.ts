// npm run bench:load: the production server under a mixed load for 60 s (LOAD_SECONDS) at 16
// connections; errors, latency, and memory at start, end and every 10 s. LOAD_MIX=day (the
// default) is a clinic day's builder page, PDF and templates list in turn; LOAD_MIX=library is
// PDFs of the whole guide library (bench/library.ts), which the caches and memory feel most.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildProductionServer, currentRssMb, loadPdf, mixedLoad, peakRssMb, signIn, startProductionServer } from './http-load'
import { libraryRequests } from './library'
import { benchSettings } from './settings'
import { round } from './stats'

const { LOAD_SECONDS: SECONDS, LOAD_MIX: MIX } = benchSettings()
const CONNECTIONS = 16
const SAMPLE_MS = 10_000

buildProductionServer()
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-load-'))
const server = await startProductionServer(dataDir)
try {
  const cookie = await signIn(server.baseUrl)
  await mixedLoad(server.baseUrl, cookie, 2, 3) // warm every route once
  const rssStart = currentRssMb(server.pid)
  // Sampled through the run: growth that levels off is heaps and caches filling; a steady climb is a leak.
  const samples: number[] = []
  const sampler = setInterval(() => samples.push(round(currentRssMb(server.pid), 0)), SAMPLE_MS)
  const library = MIX === 'library' ? libraryRequests() : undefined
  const load = library ? loadPdf(server.baseUrl, cookie, CONNECTIONS, SECONDS, library) : mixedLoad(server.baseUrl, cookie, CONNECTIONS, SECONDS)
  const result = await load.finally(() => clearInterval(sampler))
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const rssEnd = currentRssMb(server.pid)
  const mix = library ? `PDFs of the whole guide library, ${library.length} different handouts` : 'builder page, PDF, templates list in turn'
  console.log(`\nMixed load, ${CONNECTIONS} connections for ${SECONDS} s (${mix})\n`)
  console.log(`requests ${result.requests}  req/s ${result.rps}  errors ${result.errors}  non-2xx ${result.non2xx}`)
  console.log(`latency median ${result.medianMs} ms  p95 ${result.p95Ms} ms  p99 ${result.p99Ms} ms`)
  console.log(`server RSS at start ${round(rssStart, 0)} MB, at end ${round(rssEnd, 0)} MB (${rssEnd >= rssStart ? '+' : ''}${round(rssEnd - rssStart, 0)} MB)`)
  console.log(`server RSS every ${SAMPLE_MS / 1000} s: ${samples.join(', ')} MB; peak ${round(peakRssMb(server.pid), 0)} MB`)
  process.exitCode = result.errors > 0 || result.non2xx > 0 ? 1 : 0
} finally {
  server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
