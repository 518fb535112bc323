import { move, transferableSymbol, valueSymbol } from 'piscina'
import type { TPrintedHandout } from './handout-model'
import { renderHandoutPdf, type TPdfLogo, type TRenderedPdf } from './render-handout-pdf'

// The worker renders only: the handout comes checked, so the schema (zod) stays on the calling thread.
export type TRenderTask = { handout: TPrintedHandout; logo?: TPdfLogo }

/** One render on a worker of the pool (render-pool.ts): piscina calls this for each task. */
export default async function render({ handout, logo }: TRenderTask): Promise<TRenderedPdf> {
  const rendered = await renderHandoutPdf(handout, { logo })
  // A copy that owns its memory, moved to the calling thread rather than cloned.
  const bytes = new Uint8Array(rendered.bytes)
  const result = { bytes, pageCount: rendered.pageCount }
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: result }) as unknown as TRenderedPdf
}
