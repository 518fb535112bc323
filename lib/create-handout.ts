import type { THandout } from './handout/assemble'
import { renderHandoutPdf, type TPdfLogo } from './pdf/render-handout-pdf'
import { prepareHandout, type TWebLink } from './prepare-handout'

export type TCreatedHandout = {
  handout: THandout
  pdf: Buffer
  pageCount: number
  renderMs: number
}

/**
 * From untrusted input to PDF bytes, on this thread. Throws an `invalid_input` AppError naming
 * each bad field. The CLI and tests go through here.
 */
export async function createHandout(input: unknown, options: { date?: string; logo?: TPdfLogo; webLink?: TWebLink } = {}): Promise<TCreatedHandout> {
  const handout = prepareHandout(input, options)
  const started = performance.now()
  const { pdf, pageCount } = await renderHandoutPdf(handout, { logo: options.logo })
  return { handout, pdf, pageCount, renderMs: performance.now() - started }
}
