import path from 'node:path'
import { ZPrintedHandout, type TPrintedHandout } from './handout-model'
import { PACKAGE_DIR } from './package-dir'
import { cacheKeyOf, createPdfCache, isCacheable } from './pdf-cache'
import type { TPdfLogo, TRenderedPdf } from './render-handout-pdf'
import { startRenderPool } from './render-pool'

export { ZFigure, ZPrintedHandout, ZPrintedSection, ZPrintedWords, type TFigure, type TFigureShape, type TPaper, type TPrintedHandout, type TPrintedSection, type TPrintedWords, type TPrintSize } from './handout-model'
export { baseDirectionOf, unprintableIn } from './script-fonts'
export type { TPdfLogo, TRenderedPdf } from './render-handout-pdf'

export type TRendererOptions = {
  /**
   * Render on worker threads: `fast`, one per core; `lean`, one with a smaller heap, for a machine
   * short of memory. Left out, handouts render on the calling thread (a CLI, a script, a test).
   */
  pool?: 'fast' | 'lean'
  /** Rendered once on each worker as it starts, so the first real request is warm. */
  warmHandout?: TPrintedHandout
  /** Keep the PDFs of identical handouts in memory, up to this many bytes (never one with a patient's name or note). */
  cacheBytes?: number
}

export type TRenderOptions = {
  logo?: TPdfLogo
  /** Whose queue the render waits in (a clinic's id): lanes take turns, so one clinic's backlog never holds up another's next PDF. */
  lane?: string
}

export type TRenderer = {
  /** The handout as PDF bytes, and how many pages it has. Throws on a handout that is not a valid TPrintedHandout. */
  render: (handout: TPrintedHandout, options?: TRenderOptions) => Promise<TRenderedPdf>
  close: () => Promise<void>
}

// Built beside the package's entry (`npm run build:pdf`); worker threads load it by path.
const WORKER_FILE = path.join(PACKAGE_DIR, 'dist', 'render-worker.mjs')

/** A renderer: the one way into this package. */
export async function createRenderer({ pool, warmHandout, cacheBytes = 0 }: TRendererOptions = {}): Promise<TRenderer> {
  const renderPool = pool && (await startRenderPool({ workerFile: WORKER_FILE, mode: pool, warmHandout: warmHandout && ZPrintedHandout.parse(warmHandout) }))
  const cache = cacheBytes > 0 ? createPdfCache(cacheBytes) : undefined
  const renderHere = async (handout: TPrintedHandout, logo?: TPdfLogo) => (await import('./render-handout-pdf')).renderHandoutPdf(handout, { logo })
  return {
    async render(input, { logo, lane } = {}) {
      const handout = ZPrintedHandout.parse(input)
      const key = cache && isCacheable(handout) ? cacheKeyOf(handout, logo) : undefined
      const cached = key ? cache!.get(key) : undefined
      if (cached) return cached
      const rendered = renderPool ? await renderPool.render(handout, logo, lane ?? '') : await renderHere(handout, logo)
      if (key) cache!.set(key, rendered)
      return rendered
    },
    close: async () => renderPool?.close(),
  }
}
