// npm run content:pages
// Renders the short handout of every combination the page budget covers (each group, every set
// of up to three causes, teach-back on and off, in every language and print size) as the app
// does, on Letter and A4, made again without its ifRoom lines when it runs over, and prints, per mode, the largest
// page count and the combination that made it. Exits non-zero over budget.
// --group diabetic and --mode "es large print" keep only the handouts that match, to measure one corner again.
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { topicLibrary } from '../lib/content/load-topic'
import { combinationsOf } from '../lib/handout/check-combinations'
import { pageBudgetOf } from '../lib/handout/page-budget'
import { PAPER_SIZES, type THandoutRequest } from '../lib/handout/request'
import { makeHandout } from '../lib/handouts/make-handout'
import { renderHere } from '../lib/handouts/render-here'

type TOptions = THandoutRequest['options']
type TJob = { topic: string; group: string; causes: string[]; teachBack: boolean; language: TOptions['language']; largePrint: boolean; paper: TOptions['paper'] }
type TResult = TJob & { pages: number }

/** The short handouts of every combination the checks assemble, without optional parts, in both print sizes, on both papers. */
function jobsOf(topicId: string): TJob[] {
  return [...combinationsOf(topicLibrary().load(topicId))]
    .filter(({ options }) => options.length === 'short' && options.extras.length === 0)
    .flatMap(({ group, causes, options }) =>
      [false, true].flatMap((largePrint) => PAPER_SIZES.map((paper) => ({ topic: topicId, group, causes, teachBack: options.teachBack, language: options.language, largePrint, paper }))),
    )
}

/** The personal details a real handout carries: they take room on page 1 and in the footer. */
// A real sealed address, as long as the server's: it takes room beside the QR code. The clinic's
// contact number of a server that has printed for tens of thousands of clinic name-and-phone pairs.
const WEB_LINK = { baseUrl: 'https://handouts.example.org', keys: ['content-pages-measures-the-layout-only'], contact: 99_999 } as const

const PERSONAL = { patientFirstName: 'Margaret', clinicianName: 'Dr. Ana Ruiz', clinicName: 'Riverside Family Clinic', clinicPhone: '(555) 010-0200' }

async function pagesOf(job: TJob): Promise<number> {
  const input = { topic: job.topic, group: job.group, causes: job.causes, options: { teachBack: job.teachBack, language: job.language, largePrint: job.largePrint, paper: job.paper, length: 'short' }, personal: PERSONAL }
  const { pageCount } = await makeHandout(input, { date: '2026-12-07', webLink: WEB_LINK, render: renderHere })
  return pageCount
}

const modeOf = (job: TJob) => `${job.topic} ${job.language}${job.largePrint ? ' large print' : ''} ${job.paper}`
const describe = (job: TJob) => `${job.group}; causes: ${job.causes.join(', ') || '(none)'}; teach-back ${job.teachBack ? 'on' : 'off'}`

async function main() {
  const { values: only } = parseArgs({ options: { group: { type: 'string' }, mode: { type: 'string' } } })
  const started = performance.now()
  const jobs = topicLibrary()
    .ids.flatMap(jobsOf)
    .filter((job) => (!only.group || job.group === only.group) && (!only.mode || modeOf(job).includes(only.mode)))
  if (jobs.length === 0) throw new Error(`No handout matches --group ${only.group ?? '(any)'} --mode ${only.mode ?? '(any)'}`)
  const workers = Math.max(1, Math.min(availableParallelism(), 4))
  const results: TResult[] = []
  await Promise.all(
    Array.from({ length: workers }, (_, index) => {
      const share = jobs.filter((_, position) => position % workers === index)
      return new Promise<void>((resolve, reject) => {
        // A worker does not inherit tsx's loader from the CLI: it registers it, then loads this file.
        const entry = `import('tsx/esm/api').then(({ register }) => { register({ tsconfig: 'tsconfig.scripts.json' }); return import(${JSON.stringify(import.meta.url)}) })`
        const worker = new Worker(entry, { eval: true, workerData: share })
        worker.on('message', (batch: TResult[]) => results.push(...batch))
        worker.on('error', reject)
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`render worker exited with ${code}`))))
      })
    }),
  )
  let isOver = false
  const modes = [...new Set(jobs.map(modeOf))]
  console.log(`${results.length} short handouts rendered in ${((performance.now() - started) / 1000).toFixed(0)} s\n`)
  for (const mode of modes) {
    const inMode = results.filter((result) => modeOf(result) === mode)
    const worst = inMode.reduce((most, result) => (result.pages > most.pages ? result : most))
    const budget = pageBudgetOf(worst)
    const over = inMode.filter((result) => result.pages > budget)
    isOver ||= over.length > 0
    console.log(`${mode.padEnd(38)} largest ${worst.pages} of ${budget} pages (${describe(worst)})${over.length ? `  OVER BUDGET in ${over.length} of ${inMode.length}` : ''}`)
  }
  if (isOver) {
    console.error('\nOver the page budget; the first ones:')
    for (const result of results.filter((result) => result.pages > pageBudgetOf(result)).slice(0, 10)) console.error(`  ${modeOf(result)}: ${result.pages} pages: ${describe(result)}`)
    process.exitCode = 1
  }
}

if (isMainThread) {
  await main()
} else {
  const batch: TResult[] = []
  for (const job of workerData as TJob[]) batch.push({ ...job, pages: await pagesOf(job) })
  parentPort!.postMessage(batch)
}
