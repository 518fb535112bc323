import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { TPrintedHandout } from './handout-model'
import type { TPdfLogo, TRenderedPdf } from './render-handout-pdf'
import type { TRenderTask } from './render-worker'

/**
 * How the pool trades memory for speed. A render allocates about 30 MB, nearly all short-lived;
 * a bigger young generation lets more of it die young, which is faster and takes more memory.
 * These are the only V8 settings the renderer makes, as piscina's resourceLimits for each worker.
 * They hold only where the process has no --max-semi-space-size of its own (NODE_OPTIONS), which
 * V8 applies to every thread. @see docs/performance.md
 * - fast: a worker per core, for throughput.
 * - lean: one worker with a smaller heap, for a machine short of memory.
 */
export const RENDER_MODES = {
  fast: { threads: availableParallelism(), youngGenerationMb: 48 },
  lean: { threads: 1, youngGenerationMb: 24 },
} as const
export type TRenderMode = keyof typeof RENDER_MODES
/** Well above the ~40 MB a worker holds live: at 128 MB V8 collected it every few renders. */
const OLD_GENERATION_MB = 256

/** Beyond this many waiting renders the server is overloaded: say so at once rather than queue without end. */
export const MAX_QUEUE = 200
/** No one clinic may fill the whole queue and so turn the others away. */
export const MAX_QUEUE_PER_LANE = 50
const RENDER_TIMEOUT_MS = 30_000
/**
 * A clinic counts as printing for this long after its last render ends: its next render often
 * follows at once (the builder counts the pages, then the clinician downloads; a list printed one
 * by one), and the worker it freed waits for it that long instead of going to a busy clinic.
 */
const STILL_PRINTING_MS = 250

type TJob = { task: TRenderTask; resolve: (rendered: TRenderedPdf) => void; reject: (error: Error) => void }
type TLane = { waiting: TJob[]; running: number; lastDoneAt: number }

export type TRenderPool = {
  render: (handout: TPrintedHandout, logo: TPdfLogo | undefined, lane: string) => Promise<TRenderedPdf>
  close: () => Promise<void>
}

/**
 * Renders on worker threads, so rendering never blocks the caller's event loop and every core
 * works: react-pdf is synchronous at heart, and several renders on one thread run no faster than
 * one after another. Piscina replaces a worker that dies; its render fails, the others go on.
 * Each worker renders `warmHandout` before the pool is ready, so the first real render is warm.
 *
 * Renders wait in lanes, one per clinic, and lanes take turns; a lane with nothing waiting goes
 * to the front when a render arrives. While several clinics print, each may hold only its fair
 * share of the workers (all of them when it prints alone), so a clinic printing one PDF at a time
 * beside one printing a hundred finds a worker free instead of waiting for a busy clinic's
 * render to end. @see issue 20, item 2
 */
export async function startRenderPool({ workerFile, mode, warmHandout }: { workerFile: string; mode: TRenderMode; warmHandout?: TPrintedHandout }): Promise<TRenderPool> {
  const { threads, youngGenerationMb } = RENDER_MODES[mode]
  const pool = new Piscina<TRenderTask, TRenderedPdf>({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    // Workers stay up: starting one and loading react-pdf and the fonts again costs a second.
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: youngGenerationMb },
  })
  if (warmHandout) await Promise.all(Array.from({ length: threads }, () => pool.run({ handout: warmHandout })))

  const lanes = new Map<string, TLane>()
  /** Lanes with renders waiting, the next to be served first. */
  const turns: string[] = []
  let running = 0
  let wakeUp: NodeJS.Timeout | undefined

  const isPrinting = (lane: TLane, now: number) => lane.running > 0 || lane.waiting.length > 0 || now - lane.lastDoneAt < STILL_PRINTING_MS

  function start(lane: TLane, job: TJob) {
    running += 1
    lane.running += 1
    pool
      .run(job.task)
      .then(job.resolve, job.reject)
      .finally(() => {
        running -= 1
        lane.running -= 1
        lane.lastDoneAt = performance.now()
        dispatch()
      })
  }

  /** Hands waiting renders to free workers, lanes in turn, each lane within its share. */
  function dispatch() {
    const now = performance.now()
    for (const [key, lane] of lanes) if (!isPrinting(lane, now)) lanes.delete(key)
    const share = Math.max(1, Math.floor(threads / Math.max(1, lanes.size)))
    for (let at = 0; at < turns.length && running < threads; ) {
      const key = turns[at]!
      const lane = lanes.get(key)!
      if (lane.running >= share) {
        at += 1
        continue
      }
      turns.splice(at, 1)
      start(lane, lane.waiting.shift()!)
      if (lane.waiting.length > 0) turns.push(key)
    }
    // A worker held for a clinic that stopped printing goes back to the others when its time is up.
    clearTimeout(wakeUp)
    if (turns.length > 0 && running < threads) wakeUp = setTimeout(dispatch, STILL_PRINTING_MS)
  }

  return {
    render(handout, logo, key) {
      const lane = lanes.get(key) ?? { waiting: [], running: 0, lastDoneAt: Number.NEGATIVE_INFINITY }
      const waiting = [...lanes.values()].reduce((count, other) => count + other.waiting.length, 0)
      if (lane.waiting.length >= MAX_QUEUE_PER_LANE || waiting >= MAX_QUEUE) return Promise.reject(new Error('PDF render queue is full'))
      lanes.set(key, lane)
      let timer: NodeJS.Timeout | undefined
      const rendered = new Promise<TRenderedPdf>((resolve, reject) => {
        const job: TJob = { task: { handout, ...(logo && { logo }) }, resolve, reject }
        timer = setTimeout(() => {
          // Still waiting: it leaves its lane. Already on a worker: its answer comes to no one.
          const at = lane.waiting.indexOf(job)
          if (at !== -1) {
            lane.waiting.splice(at, 1)
            if (lane.waiting.length === 0) turns.splice(turns.indexOf(key), 1)
          }
          reject(new Error('PDF render timed out'))
        }, RENDER_TIMEOUT_MS)
        if (lane.waiting.length === 0) turns.unshift(key)
        lane.waiting.push(job)
        dispatch()
      })
      return rendered.finally(() => clearTimeout(timer))
    },
    close: async () => {
      clearTimeout(wakeUp)
      await pool.destroy()
    },
  }
}
