import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TPrintedHandout } from '../src/index'
import { MAX_QUEUE_PER_LANE, startRenderPool } from '../src/render-pool'
import { createTempDirs } from './support/temp-dir'

const tempDir = createTempDirs('render-pool')

/** A stand-in for the render worker, as piscina loads one: `job` is the body of its default export, given `task`. */
function workerFile(name: string, job: string): string {
  const file = path.join(tempDir(), `${name}.mjs`)
  writeFileSync(file, `export default async function render(task) {\n${job}\n}\n`)
  return file
}
/** The pool passes handouts through unread: these carry only what the stand-in workers look at. */
const handout = (title: string) => ({ title }) as TPrintedHandout

describe('the render pool', () => {
  it('fails the render whose worker dies, and goes on rendering on a new one', async () => {
    const file = workerFile('flaky', `if (task.handout.title === 'crash') process.exit(3)\nreturn { bytes: new Uint8Array(1), pageCount: 1 }`)
    const pool = await startRenderPool({ workerFile: file, mode: 'lean', warmHandout: handout('warm') })
    try {
      await expect(pool.render(handout('crash'), undefined, '')).rejects.toThrow(/exited with code:? 3/)
      await expect(pool.render(handout('fine'), undefined, '')).resolves.toEqual({ bytes: new Uint8Array(1), pageCount: 1 })
    } finally {
      await pool.close()
    }
  }, 30_000)

  // Takes 20 ms a render and answers with the handout's title in place of the PDF.
  const slowWorker = () => workerFile('slow', `await new Promise((resolve) => setTimeout(resolve, 20))\nreturn { bytes: new TextEncoder().encode(task.handout.title), pageCount: 1 }`)

  it("serves another clinic's PDF next, not after a busy clinic's backlog", async () => {
    const pool = await startRenderPool({ workerFile: slowWorker(), mode: 'lean', warmHandout: handout('warm') })
    try {
      const finished: string[] = []
      const busy = Array.from({ length: 30 }, (_, index) => pool.render(handout(`a${index}`), undefined, 'clinic-a').then(() => finished.push(`a${index}`)))
      const other = pool.render(handout('b'), undefined, 'clinic-b').then(() => finished.push('b'))
      await Promise.all([...busy, other])
      // One of clinic A's was already on the worker and one more may start with B's: never the backlog of 30.
      expect(finished.indexOf('b')).toBeLessThanOrEqual(2)
    } finally {
      await pool.close()
    }
  }, 30_000)

  it('lets no one clinic fill the queue and turn the others away', async () => {
    const pool = await startRenderPool({ workerFile: slowWorker(), mode: 'lean', warmHandout: handout('warm') })
    try {
      const flood = Array.from({ length: MAX_QUEUE_PER_LANE + 11 }, (_, index) => pool.render(handout(`a${index}`), undefined, 'clinic-a').then(() => 'done', (error: Error) => error.message))
      const other = pool.render(handout('b'), undefined, 'clinic-b')
      await expect(other).resolves.toEqual({ bytes: new TextEncoder().encode('b'), pageCount: 1 })
      const outcomes = await Promise.all(flood)
      // One went straight to the worker; the lane then held its limit; the rest were refused at once.
      expect(outcomes.filter((outcome) => outcome === 'done')).toHaveLength(MAX_QUEUE_PER_LANE + 1)
      expect(outcomes.filter((outcome) => outcome === 'PDF render queue is full')).toHaveLength(10)
    } finally {
      await pool.close()
    }
  }, 30_000)
})
