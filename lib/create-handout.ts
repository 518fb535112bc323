import type { THandout } from './handout/assemble'
import { fitToPageBudget } from './handout/fit-to-page-budget'
import { renderHandoutPdf, type TPdfLogo } from './pdf/render-handout-pdf'
import { prepareHandout, type TWebLink } from './prepare-handout'

export type TCreatedHandout = {
  handout: THandout
  pdf: Buffer
  pageCount: number
  renderMs: number
  /** The ifRoom lines left out to keep to the page budget. */
  leftOut: string[]
}

/**
 * From untrusted input to PDF bytes, on this thread. Throws an `invalid_input` AppError naming
 * each bad field. The CLI and tests go through here.
 */
export async function createHandout(input: unknown, options: { date?: string; logo?: TPdfLogo; webLink?: TWebLink } = {}): Promise<TCreatedHandout> {
  const full = prepareHandout(input, options)
  const started = performance.now()
  const { handout, rendered, leftOut } = await fitToPageBudget(full, {
    makeTight: () => prepareHandout(input, { ...options, isTight: true }),
    render: (made) => renderHandoutPdf(made, { logo: options.logo }),
  })
  return { handout, pdf: rendered.pdf, pageCount: rendered.pageCount, renderMs: performance.now() - started, leftOut }
}
