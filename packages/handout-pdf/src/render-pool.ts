import { availableParallelism } from 'node:os'
import { Piscina, type PiscinaTask, type TaskQueue } from 'piscina'
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

type TLaneOptions = { lane: string }
const laneOf = (task: PiscinaTask) => ((task as unknown as Record<symbol, TLaneOptions | null>)[Piscina.queueOptionsSymbol]?.lane ?? '')

/**
 * Waiting renders in lanes, one per clinic: lanes take turns, and a lane with nothing waiting
 * goes to the front when a render arrives, so one clinic printing a hundred PDFs delays another's
 * next PDF by at most one render, not by its backlog. A piscina task queue. @see issue 20, item 2
 */
class LaneQueue implements TaskQueue {
  /** Lanes with renders waiting, the next to be served first. */
  private readonly lanes: { key: string; tasks: PiscinaTask[] }[] = []
  private count = 0

  get size(): number {
    return this.count
  }

  waitingIn(key: string): number {
    return this.lanes.find((lane) => lane.key === key)?.tasks.length ?? 0
  }

  push(task: PiscinaTask): void {
    const key = laneOf(task)
    const lane = this.lanes.find((candidate) => candidate.key === key)
    if (lane) lane.tasks.push(task)
    else this.lanes.unshift({ key, tasks: [task] })
    this.count += 1
  }

  /** A render piscina took but could not yet hand to a worker goes back where it was: first in line (stricterFIFO). */
  unshift(task: PiscinaTask): void {
    const key = laneOf(task)
    const at = this.lanes.findIndex((candidate) => candidate.key === key)
    const lane = at === -1 ? { key, tasks: [] } : this.lanes.splice(at, 1)[0]!
    lane.tasks.unshift(task)
    this.lanes.unshift(lane)
    this.count += 1
  }

  /** The first lane's oldest, after which that lane goes to the back of the line. */
  shift(): PiscinaTask | null {
    const lane = this.lanes.shift()
    if (!lane) return null
    const task = lane.tasks.shift()!
    if (lane.tasks.length > 0) this.lanes.push(lane)
    this.count -= 1
    return task
  }

  remove(task: PiscinaTask): void {
    const at = this.lanes.findIndex((lane) => lane.tasks.includes(task))
    if (at === -1) return
    const lane = this.lanes[at]!
    lane.tasks.splice(lane.tasks.indexOf(task), 1)
    if (lane.tasks.length === 0) this.lanes.splice(at, 1)
    this.count -= 1
  }
}

export type TRenderPool = {
  render: (handout: TPrintedHandout, logo: TPdfLogo | undefined, lane: string) => Promise<TRenderedPdf>
  close: () => Promise<void>
}

/**
 * Renders on worker threads, so rendering never blocks the caller's event loop and every core
 * works: react-pdf is synchronous at heart, and several renders on one thread run no faster than
 * one after another. Piscina replaces a worker that dies; its render fails, the others go on.
 * Each worker renders `warmHandout` before the pool is ready, so the first real render is warm.
 */
export async function startRenderPool({ workerFile, mode, warmHandout }: { workerFile: string; mode: TRenderMode; warmHandout?: TPrintedHandout }): Promise<TRenderPool> {
  const { threads, youngGenerationMb } = RENDER_MODES[mode]
  const queue = new LaneQueue()
  const pool = new Piscina<TRenderTask & Record<symbol, TLaneOptions>, TRenderedPdf>({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    // Workers stay up: starting one and loading react-pdf and the fonts again costs a second.
    idleTimeout: Number.POSITIVE_INFINITY,
    maxQueue: MAX_QUEUE,
    taskQueue: queue,
    // Renders piscina could not hand out go back to the front of the lanes, not to the back.
    stricterFIFO: true,
    resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: youngGenerationMb },
  })
  // No abort signal: piscina keeps tasks that have one in a queue of its own, outside the lanes.
  const run = (task: TRenderTask, lane: string) =>
    new Promise<TRenderedPdf>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('PDF render timed out')), RENDER_TIMEOUT_MS)
      pool.run({ ...task, [Piscina.queueOptionsSymbol]: { lane } }).then(resolve, reject).finally(() => clearTimeout(timer))
    })
  if (warmHandout) await Promise.all(Array.from({ length: threads }, () => run({ handout: warmHandout }, '')))
  return {
    render(handout, logo, lane) {
      if (queue.waitingIn(lane) >= MAX_QUEUE_PER_LANE || queue.size >= MAX_QUEUE) return Promise.reject(new Error('PDF render queue is full'))
      return run({ handout, ...(logo && { logo }) }, lane)
    },
    close: () => pool.destroy(),
  }
}
