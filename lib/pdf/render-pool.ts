import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { THandout } from '../handout/assemble'
import type { TPdfLogo, TRenderedPdf } from './render-handout-pdf'
import type { TWorkerReply, TWorkerRequest } from './render-worker'

type TPending = { resolve: (value: TRenderedPdf) => void; reject: (error: Error) => void }
type TSlot = { worker: Worker; busy: number; jobs: Set<number> }
type TJob = { message: TWorkerRequest; pending: TPending }

/**
 * Renders handouts on worker threads, one per core, so rendering never blocks the server's
 * event loop and both cores work. react-pdf is synchronous at heart: several renders on one
 * thread run no faster than one after another.
 */
export class RenderPool {
  private readonly slots: TSlot[]
  private readonly pending = new Map<number, TPending>()
  private readonly queue: TJob[] = []
  private nextId = 1

  private constructor(
    private readonly workerFile: string,
    size: number,
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot: TSlot = { worker: this.spawn(), busy: 0, jobs: new Set() }
      this.watch(slot)
      return slot
    })
  }

  private spawn(): Worker {
    // A render needs a few tens of MB; an uncapped heap grows towards V8's default and keeps it.
    const worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: 128 } })
    worker.unref()
    return worker
  }

  /** A worker that crashes fails its own job and is replaced; the others carry on. */
  private watch(slot: TSlot): void {
    slot.worker.on('message', (reply: TWorkerReply) => this.settle(slot, reply))
    slot.worker.once('error', (error) => {
      for (const id of slot.jobs) this.pending.get(id)?.reject(error)
      for (const id of slot.jobs) this.pending.delete(id)
      slot.jobs.clear()
      slot.busy = 0
      slot.worker = this.spawn()
      this.watch(slot)
      this.dispatch()
    })
  }

  /** Starts the workers and renders one handout on each, so the first real request is warm. */
  static async start({ workerFile, size = availableParallelism() }: { workerFile: string; size?: number }): Promise<RenderPool> {
    const pool = new RenderPool(workerFile, size)
    await Promise.all(pool.slots.map((slot) => pool.send(slot, { id: pool.nextId++, kind: 'warm' })))
    return pool
  }

  get size(): number {
    return this.slots.length
  }

  render(handout: THandout, logo?: TPdfLogo): Promise<TRenderedPdf> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message: { id: this.nextId++, kind: 'render', handout, logo }, pending: { resolve, reject } })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
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
      const job = this.queue.shift()
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
    else pending?.resolve({ pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength), pageCount: reply.pageCount })
    this.dispatch()
  }
}
