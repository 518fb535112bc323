import 'server-only'
import { createRenderer, type TRenderer } from '@handout-builder/handout-pdf'
import { env } from '../env'
import { handoutModelOf } from '../handout/handout-model'
import { printedHandoutOf } from '../handout/printed-handout'
import type { TRenderHandout } from './make-handout'

/** PDFs of identical requests without a patient's name or note, kept in memory. */
const CACHE_BYTES = 32 * 1024 * 1024

// On globalThis: Next loads instrumentation and route handlers as separate module graphs,
// and both must reach the same pool.
const globalRenderer = globalThis as unknown as { handoutRenderer?: Promise<TRenderer> }

/** Starts (once) the worker pool and warms it: called when the server starts, before it takes requests. */
export function startServerRenderer(): Promise<TRenderer> {
  if (!globalRenderer.handoutRenderer) {
    const warmHandout = printedHandoutOf(handoutModelOf({ group: 'senior', causes: ['dehydration', 'medications'], options: { extras: ['comparison-restless-legs'] } }))
    const renderer = createRenderer({ pool: env.PDF_RENDER_MODE, warmHandout, cacheBytes: CACHE_BYTES })
    globalRenderer.handoutRenderer = renderer
    // A failed start is not kept: the next request tries again instead of failing for good.
    renderer.catch(() => {
      if (globalRenderer.handoutRenderer === renderer) globalRenderer.handoutRenderer = undefined
    })
  }
  return globalRenderer.handoutRenderer
}

/** The server's way to render: on the worker pool, in the clinic's own lane (`clinicId`) so that no clinic's load holds up another's. */
export const renderOnServer: TRenderHandout = async (handout, logo, clinicId) => (await startServerRenderer()).render(handout, { logo, lane: clinicId })
