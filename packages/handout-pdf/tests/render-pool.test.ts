import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { TPrintedHandout } from '../src/index'
import { MAX_QUEUE_PER_LANE, RENDER_MODES, startRenderPool } from '../src/render-pool'
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

  // Issue 20, item 2: a clinic printing one PDF at a time beside a busy one must not wait behind it.
  it.runIf(RENDER_MODES.fast.threads >= 2)('keeps a worker free for a clinic printing one PDF at a time beside a busy clinic', async () => {
    // 100 ms a render; answers with when it began, by the same clock as the test's.
    const file = workerFile('timed', `const startedAt = performance.timeOrigin + performance.now()\nawait new Promise((resolve) => setTimeout(resolve, 100))\nreturn { bytes: new TextEncoder().encode(String(startedAt)), pageCount: 1 }`)
    const pool = await startRenderPool({ workerFile: file, mode: 'fast', warmHandout: handout('warm') })
    try {
      const busy = Array.from({ length: 40 }, (_, index) => pool.render(handout(`a${index}`), undefined, 'clinic-a'))
      const waits: number[] = []
      for (let run = 0; run < 5; run++) {
        const askedAt = performance.timeOrigin + performance.now()
        const { bytes } = await pool.render(handout(`b${run}`), undefined, 'clinic-b')
        waits.push(Number(new TextDecoder().decode(bytes)) - askedAt)
      }
      await Promise.all(busy)
      // The first found both workers busy and waited for one. The next ones found the worker it
      // freed still theirs; waiting for a busy clinic's render to end takes up to 100 ms.
      expect(Math.max(...waits.slice(1)), waits.map(Math.round).join(', ')).toBeLessThan(40)
    } finally {
      await pool.close()
    }
  }, 30_000)
})

