// The package's own bench: how long a handout takes to render on the calling thread, warm, and
// how many a pool renders a second, with the peak memory of the process. Renders the fixtures
// (tests/fixtures/handouts.json). `npm run bench -w @handout-builder/handout-pdf`; the app's
// `npm run bench` measures the same against Chromium and over HTTP.
import { availableParallelism } from 'node:os'
import { createRenderer } from '../src/index'
import { HANDOUTS } from '../tests/support/handouts'

const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 30)
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!
const round = (value: number) => Math.round(value * 10) / 10

const here = await createRenderer()
const rows: (string | number)[][] = [['handout', 'pages', 'cold ms', 'median ms', 'p95 ms']]
for (const { name, handout } of HANDOUTS) {
  const cold = performance.now()
  const { pageCount } = await here.render(handout)
  const coldMs = performance.now() - cold
  const times: number[] = []
  for (let run = 0; run < WARM_RUNS; run++) {
    const started = performance.now()
    await here.render(handout)
    times.push(performance.now() - started)
  }
  rows.push([name, pageCount, round(coldMs), round(quantile(times, 0.5)), round(quantile(times, 0.95))])
}
console.log(rows.map((row) => row.join('\t')).join('\n'))

for (const mode of ['fast', 'lean'] as const) {
  const pool = await createRenderer({ pool: mode, warmHandout: HANDOUTS[0]!.handout })
  const jobs = Array.from({ length: 4 * availableParallelism() }, () => HANDOUTS.map((entry) => entry.handout)).flat()
  await Promise.all(jobs.slice(0, HANDOUTS.length * availableParallelism()).map((handout) => pool.render(handout)))
  const started = performance.now()
  await Promise.all(jobs.map((handout) => pool.render(handout)))
  console.log(`pool (${mode}): ${round(jobs.length / ((performance.now() - started) / 1000))} handouts/s`)
  await pool.close()
}
console.log(`peak RSS of this process and its worker threads: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`)
