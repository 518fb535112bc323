import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import { Worker } from 'node:worker_threads'
import type { TPrintedHandout as THandout } from './handout-model'
import type { TPdfLogo, TRenderedPdf } from './render-handout-pdf'
import type { TWorkerReply, TWorkerRequest } from './render-worker'

type TPending = { resolve: (value: TRenderedPdf) => void; reject: (error: Error) => void }
type TSlot = { worker: Worker; busy: number; jobs: Set<number>; restarts: number }
type TJob = { message: TWorkerRequest; pending: TPending }
/** One clinic's waiting jobs, oldest first. */
type TLane = { key: string; jobs: TJob[] }

type TPoolShape = { size: number; youngGenerationMb: number }
type TPoolOptions = { workerFile: string; warmHandout?: THandout } & Partial<TPoolShape>

/**
 * How the pool trades memory for speed, chosen with PDF_RENDER_MODE. A render allocates about
 * 30 MB, nearly all short-lived; a bigger young generation lets more of it die there, which is
 * faster and takes more memory. V8 rounds each of its two halves up to a power of two, so 48 MB
 * here is 2 × 16 MB, and 32 would be the same. Measured with the production server
 * (`npm run bench`) at 16 connections on 2 cores:
 * - fast: a worker per core at 48 MB: 40 to 47 PDFs/s, peak RSS about 380 MB (at 24 MB, about
 *   10% slower in 35 MB less). Before react-pdf allocated less: at 96 MB about 43/s in 460 MB,
 *   at 192 MB 43/s in 620 MB.
 * - lean: one worker at 24 MB: about 24 PDFs/s, far more than a clinic prints, in about 290 MB,
 *   for a machine short of memory.
 * Both keep the old generation well above the ~40 MB a worker holds live; at 128 MB V8 collected
 * it every few renders.
 */
export const RENDER_MODES: Record<'fast' | 'lean', TPoolShape> = {
  fast: { size: availableParallelism(), youngGenerationMb: 48 },
  lean: { size: 1, youngGenerationMb: 24 },
}
const OLD_GENERATION_MB = 256

/**
 * Renders handouts on worker threads (one per core in fast mode), so rendering never blocks
 * the server's event loop and every core works. react-pdf is synchronous at heart: several
 * renders on one thread run no faster than one after another.
 */
export class RenderPool {
  private readonly slots: TSlot[]
  private readonly pending = new Map<number, TPending>()
  /** Lanes with jobs waiting, the next to be served first. */
  private readonly lanes: TLane[] = []
  private queued = 0
  private nextId = 1
  private isClosing = false
  /** Beyond this many waiting jobs the server is overloaded: say so at once rather than queue without end. */
  static readonly MAX_QUEUE = 200
  /** No one clinic may fill the whole queue and so turn the others away. */
  static readonly MAX_QUEUE_PER_LANE = 50
  static readonly JOB_TIMEOUT_MS = 30_000

  private constructor(
    private readonly workerFile: string,
    size: number,
    private readonly youngGenerationMb: number,
    private readonly warmHandout: THandout | undefined,
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot: TSlot = { worker: this.spawn(), busy: 0, jobs: new Set(), restarts: 0 }
      this.watch(slot)
      return slot
    })
  }

  private spawn(): Worker {
    // The server sizes its main thread's young generation in NODE_OPTIONS (`npm start`).
    // V8 applies that flag to every isolate it creates, where it would override each worker's
    // own limit; the main thread's heap is sized by now, so clearing it changes only the workers.
    setFlagsFromString('--max-semi-space-size=0')
    const worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: OLD_GENERATION_MB, maxYoungGenerationSizeMb: this.youngGenerationMb } })
    worker.unref()
    return worker
  }

  /**
   * A worker that crashes or exits fails its own jobs and is replaced, after a pause that
   * grows if replacements keep dying (a broken build must not spin); the others carry on.
   */
  private watch(slot: TSlot): void {
    const worker = slot.worker
    worker.on('message', (reply: TWorkerReply) => this.settle(slot, reply))
    let isReplaced = false
    const replace = (reason: Error) => {
      if (isReplaced || this.isClosing) return
      isReplaced = true
      for (const id of slot.jobs) this.pending.get(id)?.reject(reason)
      for (const id of slot.jobs) this.pending.delete(id)
      slot.jobs.clear()
      slot.busy = 1 // not dispatched to until its replacement is up
      slot.restarts += 1
      setTimeout(() => {
        slot.worker = this.spawn()
        slot.busy = 0
        this.watch(slot)
        // Its reply dispatches the queue; a failure has already replaced it again.
        this.warm(slot).catch(() => undefined)
      }, Math.min(30_000, 100 * 2 ** Math.min(slot.restarts, 8))).unref()
    }
    worker.once('error', replace)
    worker.once('exit', (code) => replace(new Error(`PDF worker exited with code ${code}`)))
    worker.once('online', () => setTimeout(() => (slot.restarts = 0), 60_000).unref())
  }

  /**
   * Starts the workers and renders `warmHandout` on each, so the first real request is warm.
   * A worker that replaces a failed one renders it too before it takes a job.
   */
  static async start({ workerFile, warmHandout, size = RENDER_MODES.fast.size, youngGenerationMb = RENDER_MODES.fast.youngGenerationMb }: TPoolOptions): Promise<RenderPool> {
    const pool = new RenderPool(workerFile, size, youngGenerationMb, warmHandout)
    await Promise.all(pool.slots.map((slot) => pool.warm(slot)))
    return pool
  }

  private warm(slot: TSlot): Promise<unknown> {
    if (!this.warmHandout) return Promise.resolve()
    return this.send(slot, { id: this.nextId++, handout: this.warmHandout })
  }

  get size(): number {
    return this.slots.length
  }

  /**
   * Queues a render in its lane (the clinic's id; one shared lane when none is given). Lanes take
   * turns, and a lane with nothing waiting goes to the front when a job arrives: one clinic
   * printing a hundred PDFs delays another's next PDF by at most one render, not by its backlog.
   * @see issue 20, item 2
   */
  render(handout: THandout, logo?: TPdfLogo, laneKey = ''): Promise<TRenderedPdf> {
    const lane = this.lanes.find((candidate) => candidate.key === laneKey)
    if (this.queued >= RenderPool.MAX_QUEUE || (lane?.jobs.length ?? 0) >= RenderPool.MAX_QUEUE_PER_LANE) return Promise.reject(new Error('PDF render queue is full'))
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('PDF render timed out')), RenderPool.JOB_TIMEOUT_MS)
      const settle = { resolve: (value: TRenderedPdf) => (clearTimeout(timer), resolve(value)), reject: (error: Error) => (clearTimeout(timer), reject(error)) }
      const job = { message: { id: this.nextId++, handout, logo }, pending: settle }
      if (lane) lane.jobs.push(job)
      else this.lanes.unshift({ key: laneKey, jobs: [job] })
      this.queued += 1
      this.dispatch()
    })
  }

  /** The next job: the first lane's oldest, after which that lane goes to the back of the line. */
  private nextJob(): TJob | undefined {
    const lane = this.lanes.shift()
    if (!lane) return undefined
    const job = lane.jobs.shift()!
    if (lane.jobs.length > 0) this.lanes.push(lane)
    this.queued -= 1
    return job
  }

  async close(): Promise<void> {
    this.isClosing = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private send(slot: TSlot, message: TWorkerRequest): Promise<TRenderedPdf> {
    return new Promise((resolve, reject) => {
      slot.busy += 1
      slot.jobs.add(message.id)
      this.pending.set(message.id, { resolve, reject })
      slot.worker.postMessage(message)
    })
  }

  /** One job per worker at a time: a queued job goes to whichever worker frees up first. */
  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy > 0) continue
      const job = this.nextJob()
      if (!job) return
      this.send(slot, job.message).then(job.pending.resolve, job.pending.reject)
    }
  }

  private settle(slot: TSlot, reply: TWorkerReply): void {
    slot.busy -= 1
    slot.jobs.delete(reply.id)
    const pending = this.pending.get(reply.id)
    this.pending.delete(reply.id)
    if ('error' in reply) pending?.reject(new Error(`PDF render failed: ${reply.error}`))
    else pending?.resolve({ bytes: reply.pdf, pageCount: reply.pageCount })
    this.dispatch()
  }
}
