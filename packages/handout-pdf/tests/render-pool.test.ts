import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RENDER_MODES, RenderPool } from '../src/render-pool'
import { HANDOUTS, handoutNamed } from './support/handouts'
import { readPdf } from './support/read-pdf'
import { createTempDirs } from './support/temp-dir'

const tempDir = createTempDirs('render-pool')
const WORKER = path.join(import.meta.dirname, '..', 'dist', 'render-worker.mjs')
const warmHandout = handoutNamed('senior')
// As `npm start` sizes the server's main thread.
const MAIN_THREAD_YOUNG_GENERATION_FLAG = '--max-semi-space-size=4'
const localBin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name)

describe('the render pool', () => {
  it('renders handouts on worker threads, several at once, each to its own PDF', async () => {
    const pool = await RenderPool.start({ workerFile: WORKER, warmHandout, size: 2 })
    try {
      const pdfs = await Promise.all(HANDOUTS.slice(0, 4).map(({ handout }) => pool.render(handout)))
      const advice = ['Advice for older adults', 'Advice for athletes', 'Advice during pregnancy', 'Advice if you sit a lot at work']
      for (const [index, { bytes: pdf, pageCount }] of pdfs.entries()) {
        const text = (await readPdf(pdf)).pages.map((page) => page.text).join(' ')
        expect(text).toContain(advice[index])
        expect(pageCount).toBeGreaterThan(1)
      }
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('fails the jobs of a worker that dies, and replaces it', async () => {
    // A worker that answers its warm-up, then exits on the first real job.
    const file = path.join(tempDir(), 'flaky-worker.mjs')
    writeFileSync(file, `import { parentPort } from 'node:worker_threads'
let jobs = 0
parentPort.on('message', (m) => jobs++ === 0 ? parentPort.postMessage({ id: m.id, pdf: new Uint8Array(1), pageCount: 1 }) : process.exit(3))`)
    const pool = await RenderPool.start({ workerFile: file, warmHandout, size: 1 })
    try {
      await expect(pool.render(warmHandout)).rejects.toThrow(/exited with code 3/)
      // Only after its replacement has answered the warm-up does the next job reach it.
      await expect(pool.render(warmHandout)).rejects.toThrow(/exited with code 3/)
    } finally {
      await pool.close()
    }
  }, 30_000)

  // A worker that answers every job with its heap limit in megabytes, in place of a page count.
  const heapLimitWorker = () => {
    const file = path.join(tempDir(), 'heap-worker.mjs')
    writeFileSync(file, `import { parentPort } from 'node:worker_threads'
import v8 from 'node:v8'
parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, pdf: new Uint8Array(1), pageCount: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20) }))`)
    return file
  }

  it('gives each mode its number of workers and their heap (PDF_RENDER_MODE)', async () => {
    const file = heapLimitWorker()
    const limits: Record<string, number> = {}
    for (const [mode, shape] of Object.entries(RENDER_MODES)) {
      const pool = await RenderPool.start({ workerFile: file, warmHandout, ...shape })
      try {
        expect(pool.size).toBe(shape.size)
        limits[mode] = (await pool.render(warmHandout)).pageCount
      } finally {
        await pool.close()
      }
    }
    expect(RENDER_MODES.lean.size).toBe(1)
    expect(limits.fast! - limits.lean!).toBe(RENDER_MODES.fast.youngGenerationMb - RENDER_MODES.lean.youngGenerationMb)
  }, 30_000)

  it("keeps each worker's young generation when the server gives its main thread a smaller one", async () => {
    const file = heapLimitWorker()
    const pool = await RenderPool.start({ workerFile: file, warmHandout, ...RENDER_MODES.fast, size: 1 })
    const ownLimit = await pool.render(warmHandout).finally(() => pool.close())
    // The same pool in a process started with the flag, as `npm start` starts the server. V8 would apply the
    // main thread's flag to the worker too (its heap limit 36 MB lower) unless the pool clears it.
    const script = path.join(tempDir(), 'pool-under-flag.mts')
    writeFileSync(script, `import { RENDER_MODES, RenderPool } from ${JSON.stringify(path.join(import.meta.dirname, '..', 'src', 'render-pool.ts'))}
const pool = await RenderPool.start({ workerFile: process.argv[2], warmHandout: {}, ...RENDER_MODES.fast, size: 1 })
console.log((await pool.render({})).pageCount)
await pool.close()`)
    const child = spawnSync(localBin('tsx'), [MAIN_THREAD_YOUNG_GENERATION_FLAG, script, file], { encoding: 'utf8' })
    expect(child.stderr).toBe('')
    expect(Number(child.stdout.trim())).toBe(ownLimit.pageCount)
  }, 30_000)

  // A worker that takes 20 ms a job and answers with the job's id in place of a page count.
  const slowWorker = () => {
    const file = path.join(tempDir(), 'slow-worker.mjs')
    writeFileSync(file, `import { parentPort } from 'node:worker_threads'
parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ id: m.id, pdf: new Uint8Array(1), pageCount: m.id }), 20))`)
    return file
  }

  it("serves another clinic's PDF next, not after a busy clinic's backlog", async () => {
    const pool = await RenderPool.start({ workerFile: slowWorker(), warmHandout, size: 2 })
    try {
      const finished: string[] = []
      const busy = Array.from({ length: 30 }, (_, index) => pool.render(warmHandout, undefined, 'clinic-a').then(() => finished.push(`a${index}`)))
      const other = pool.render(warmHandout, undefined, 'clinic-b').then(() => finished.push('b'))
      await Promise.all([...busy, other])
      // Two of clinic A's were already on the workers and one more may start with B's: never the backlog of 30.
      expect(finished.indexOf('b')).toBeLessThanOrEqual(3)
    } finally {
      await pool.close()
    }
  }, 30_000)

  it('lets no one clinic fill the queue and turn the others away', async () => {
    const pool = await RenderPool.start({ workerFile: slowWorker(), warmHandout, size: 1 })
    try {
      const flood = Array.from({ length: RenderPool.MAX_QUEUE_PER_LANE + 11 }, () => pool.render(warmHandout, undefined, 'clinic-a').then(() => 'done', (error: Error) => error.message))
      const other = pool.render(warmHandout, undefined, 'clinic-b')
      await expect(other).resolves.toMatchObject({ bytes: expect.any(Uint8Array) })
      const outcomes = await Promise.all(flood)
      // One went straight to the worker; the lane then held its limit; the rest were refused at once.
      expect(outcomes.filter((outcome) => outcome === 'done')).toHaveLength(RenderPool.MAX_QUEUE_PER_LANE + 1)
      expect(outcomes.filter((outcome) => outcome === 'PDF render queue is full')).toHaveLength(10)
    } finally {
      await pool.close()
    }
  }, 30_000)
})
