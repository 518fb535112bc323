// npm run bench: how fast handouts render, in-process, against Chromium, on the worker
// pool and over HTTP against the production server. Prints a table; writes bench/results.json.
// Started with the young generation the server's render workers have (render-pool.ts), so
// in-process renders measure what a clinician waits for.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { createRenderer } from '@handout-builder/handout-pdf'
import { handoutModelOf } from '../lib/handout/handout-model'
import { printedHandoutOf } from '../lib/handout/printed-handout'
import { launchBrowser } from '../tests/support/browser'
import { localBin } from '../tests/support/local-bin'
import { timeChromiumPrint } from './chromium-print'
import { measureClinicFairness, printClinicFairness } from './clinic-fairness'
import { CORPUS } from '../tests/support/corpus'
import { buildProductionServer, cachedLatencies, loadPdf, nextRouteLatencies, onProductionServer, type TLoadResult, unauthenticatedLatencies } from './http-load'
import { benchSettings } from './settings'
import { median, percentile, round } from './stats'

const { BENCH_WARM_RUNS: WARM_RUNS, BENCH_LOAD_SECONDS: LOAD_SECONDS } = benchSettings()
const CHROMIUM_RUNS = 20
const WARM_UP_SECONDS = 3
const DATE = '2026-11-26'

const log = (message: string) => process.stderr.write(`${message}\n`)
const table = (rows: (string | number)[][]) => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)))
  return rows.map((row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]!) : String(cell).padStart(widths[column]!))).join('  ')).join('\n')
}

async function main() {
  const handouts = CORPUS.map((entry) => {
    const handout = handoutModelOf(entry.request, { date: DATE })
    return { name: entry.name, handout, printed: printedHandoutOf(handout) }
  })
  const here = await createRenderer()

  log('1/5 in-process renders…')
  const inProcess = []
  for (const { name, printed } of handouts) {
    const coldStart = performance.now()
    const first = await here.render(printed)
    const coldMs = performance.now() - coldStart
    const times: number[] = []
    for (let run = 0; run < WARM_RUNS; run++) {
      const started = performance.now()
      await here.render(printed)
      times.push(performance.now() - started)
    }
    inProcess.push({ name, pages: first.pageCount, bytes: first.bytes.length, coldMs: round(coldMs), medianMs: round(median(times)), p95Ms: round(percentile(times, 0.95)), times })
  }
  const allWarm = inProcess.flatMap((entry) => entry.times)

  log('2/5 Chromium printing the loaded HTML preview…')
  const browser = await launchBrowser()
  const chromium: { name: string; bytes: number; medianMs: number; p95Ms: number; times: number[] }[] = []
  for (const { name, handout } of handouts) {
    const { times, bytes } = await timeChromiumPrint(browser, handout, CHROMIUM_RUNS)
    chromium.push({ name, bytes, medianMs: round(median(times)), p95Ms: round(percentile(times, 0.95)), times })
  }
  await browser.close()
  const allChromium = chromium.flatMap((entry) => entry.times)

  log('3/5 throughput, one thread and on the render pool…')
  const rounds = 4
  const singleStart = performance.now()
  for (let run = 0; run < rounds; run++) for (const { printed } of handouts) await here.render(printed)
  const singlePerSecond = (rounds * handouts.length) / ((performance.now() - singleStart) / 1000)
  const pool = await createRenderer({ pool: 'fast', warmHandout: handouts[0]!.printed })
  const workers = availableParallelism()
  const passes = (count: number) => Array.from({ length: count }, () => handouts.map(({ printed }) => printed)).flat()
  // Warm like the single thread above: each worker has rendered the corpus before the clock starts.
  await Promise.all(passes(workers).map((handout) => pool.render(handout)))
  const poolJobs = passes(rounds * workers)
  const poolStart = performance.now()
  await Promise.all(poolJobs.map((handout) => pool.render(handout)))
  const poolPerSecond = poolJobs.length / ((performance.now() - poolStart) / 1000)
  await pool.close()
  const benchPeakRssMb = process.resourceUsage().maxRSS / 1024
  const heapGrowthMb = heapGrowthOverRenders(60)

  log('4/5 production server: build, start, sign in…')
  buildProductionServer()
  log(`5/5 HTTP load after ${WARM_UP_SECONDS} s of warm-up, at 1, 8 and 16 connections, ${LOAD_SECONDS} s each; per-clinic fairness; then the same in lean mode…`)
  // A server that has run for more than a few seconds has its hot code compiled: measure that,
  // not V8 compiling (the first renders, cold, are in the in-process table above).
  const warmUp = (baseUrl: string, cookie: string) => loadPdf(baseUrl, cookie, 2, WARM_UP_SECONDS)
  const http = await onProductionServer({}, async ({ baseUrl, databaseUrl, cookie }) => {
    await warmUp(baseUrl, cookie)
    const loads = []
    for (const connections of [1, 8, 16]) loads.push(await loadPdf(baseUrl, cookie, connections, LOAD_SECONDS))
    const cached = cachedLatencies(baseUrl, cookie, 200)
    const unauthenticated = unauthenticatedLatencies(baseUrl, 200)
    const nextRoute = nextRouteLatencies(baseUrl, 200)
    // Last: it adds a second clinic to the database.
    const fairness = await measureClinicFairness({ baseUrl, databaseUrl, cookie })
    return {
      fairness,
      loads,
      cachedMedianMs: round(median(cached), 2),
      cachedP95Ms: round(percentile(cached, 0.95), 2),
      unauthenticatedMedianMs: round(median(unauthenticated), 2),
      unauthenticatedP95Ms: round(percentile(unauthenticated, 0.95), 2),
      nextRouteMedianMs: round(median(nextRoute), 2),
      nextRouteP95Ms: round(percentile(nextRoute, 0.95), 2),
    }
  })
  const lean = await onProductionServer({ PDF_RENDER_MODE: 'lean' }, async ({ baseUrl, cookie }) => {
    await warmUp(baseUrl, cookie)
    return { loads: [await loadPdf(baseUrl, cookie, 1, LOAD_SECONDS), await loadPdf(baseUrl, cookie, 16, LOAD_SECONDS)] }
  })

  const standard = inProcess.filter((entry) => !entry.name.includes('large'))
  const ratio = median(standard.flatMap((entry) => entry.times)) / median(chromium.filter((entry) => !entry.name.includes('large')).flatMap((entry) => entry.times))
  const withoutTimes = <T extends { times: number[] }>({ times, ...entry }: T) => (void times, entry)
  const results = {
    machine: { cores: availableParallelism(), node: process.version, date: new Date().toISOString() },
    inProcess: inProcess.map(withoutTimes),
    overall: { medianMs: round(median(allWarm)), p95Ms: round(percentile(allWarm, 0.95)), chromiumMedianMs: round(median(allChromium)), chromiumP95Ms: round(percentile(allChromium, 0.95)), ratioStandard: round(ratio, 2) },
    chromium: chromium.map(withoutTimes),
    throughput: { singleThreadPerSecond: round(singlePerSecond), poolPerSecond: round(poolPerSecond), poolSize: availableParallelism() },
    benchPeakRssMb: round(benchPeakRssMb, 0),
    heapGrowthOver60RendersMb: round(heapGrowthMb, 1),
    http,
    lean,
  }
  writeFileSync(path.join(process.cwd(), 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

  console.log('\nIn-process render (react-pdf, embedded font), warm over', WARM_RUNS, 'runs; Chromium printing the loaded HTML preview\n')
  console.log(
    table([
      ['handout', 'pages', 'bytes', 'cold ms', 'median ms', 'p95 ms', 'chromium median', 'chromium p95', 'ours/chromium'],
      ...inProcess.map((entry, index) => [entry.name, entry.pages, entry.bytes, entry.coldMs, entry.medianMs, entry.p95Ms, chromium[index]!.medianMs, chromium[index]!.p95Ms, round(entry.medianMs / chromium[index]!.medianMs, 2)]),
      ['overall', '', '', '', results.overall.medianMs, results.overall.p95Ms, results.overall.chromiumMedianMs, results.overall.chromiumP95Ms, results.overall.ratioStandard],
    ]),
  )
  console.log(`\nThroughput: ${results.throughput.singleThreadPerSecond}/s on one thread, ${results.throughput.poolPerSecond}/s on the pool of ${results.throughput.poolSize}; bench peak RSS ${results.benchPeakRssMb} MB; heap growth over 60 renders in a row ${results.heapGrowthOver60RendersMb} MB`)
  const loadTable = (loads: TLoadResult[]) =>
    table([
      ['connections', 'requests', 'req/s', 'median ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx'],
      ...loads.map((load) => [load.connections, load.requests, load.rps, load.medianMs, load.p95Ms, load.p99Ms, load.errors, load.non2xx]),
    ])
  console.log(`\nHTTP (production server, ready and warm in ${http.readyMs} ms; measured after ${WARM_UP_SECONDS} s of traffic; peak RSS ${http.serverPeakRssMb} MB)\n`)
  console.log(loadTable(http.loads))
  console.log(`\nCached identical request: median ${http.cachedMedianMs} ms, p95 ${http.cachedP95Ms} ms`)
  console.log(`The same route refused for want of a session (the server and the session check only): median ${http.unauthenticatedMedianMs} ms, p95 ${http.unauthenticatedP95Ms} ms`)
  console.log(`A route Next serves, refused for want of a session (Next's own floor): median ${http.nextRouteMedianMs} ms, p95 ${http.nextRouteP95Ms} ms`)
  printClinicFairness(http.fairness)
  console.log(`\nPDF_RENDER_MODE=lean (one render worker, smaller heap; ready in ${lean.readyMs} ms; peak RSS ${lean.serverPeakRssMb} MB)\n`)
  console.log(loadTable(lean.loads))
  console.log('\nWrote bench/results.json')
}

await main()

/** The heap's growth over the second half of `runs` renders in a row, in a process of its own (renders-in-a-row.ts). */
function heapGrowthOverRenders(runs: number): number {
  const output = execFileSync(localBin('tsx'), ['--expose-gc', path.join('bench', 'renders-in-a-row.ts'), String(runs)], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } })
  return (JSON.parse(output.trim().split('\n').at(-1)!) as { growthMb: number }).growthMb
}
