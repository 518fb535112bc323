import path from 'node:path'
import { env } from '../env'
import type { THandout } from '../handout/assemble'
import { handoutModelOf } from '../handout/handout-model'
import { PdfCache } from './pdf-cache'
import type { TPdfLogo, TRenderedPdf } from './render-handout-pdf'
import { RENDER_MODES, RenderPool } from './render-pool'

type TServerRenderer = { pool: Promise<RenderPool>; cache: PdfCache }

// On globalThis: Next loads instrumentation and route handlers as separate module graphs,
// and both must reach the same pool.
const globalRenderer = globalThis as unknown as { handoutRenderer?: TServerRenderer }

// Built by `npm run build:worker`; loaded by path, outside Next's bundling.
const WORKER_FILE = path.join(process.cwd(), 'dist', 'render-worker.mjs')

/** Starts (once) the worker pool and warms it: called when the server starts, before it takes requests. */
export function startServerRenderer(): Promise<RenderPool> {
  if (!globalRenderer.handoutRenderer) {
    const warmHandout = handoutModelOf({ group: 'senior', causes: ['dehydration', 'medications'], options: { extras: ['comparison-restless-legs'] } })
    const pool = RenderPool.start({ workerFile: /*turbopackIgnore: true*/ WORKER_FILE, warmHandout, ...RENDER_MODES[env.PDF_RENDER_MODE] })
    globalRenderer.handoutRenderer = { pool, cache: new PdfCache() }
    // A failed start is not kept: the next request tries again instead of failing for good.
    pool.catch(() => {
      if (globalRenderer.handoutRenderer?.pool === pool) globalRenderer.handoutRenderer = undefined
    })
  }
  return globalRenderer.handoutRenderer.pool
}

/**
 * The server's way to render: from the cache when the request may be cached, else on the pool,
 * in the clinic's own lane (`clinicId`) so that no clinic's load holds up another's.
 */
export async function renderOnServer(handout: THandout, logo?: TPdfLogo, clinicId?: string): Promise<TRenderedPdf & { isCached: boolean }> {
  const pool = await startServerRenderer()
  const { cache } = globalRenderer.handoutRenderer!
  const isCacheable = PdfCache.isCacheable(handout)
  const key = isCacheable ? PdfCache.keyOf(handout, logo) : undefined
  const cached = key ? cache.get(key) : undefined
  if (cached) return { ...cached, isCached: true }
  const rendered = await pool.render(handout, logo, clinicId)
  if (key) cache.set(key, rendered)
  return { ...rendered, isCached: false }
}
