import { renderToBuffer } from '@react-pdf/renderer'
import type { THandout } from '../handout/assemble'
import { HandoutDocument } from './components/handout-document'
import { registerFonts } from './fonts'

export type TRenderedPdf = { pdf: Buffer; pageCount: number }

/** pdfkit writes one uncompressed `/Type /Page` object per page. */
function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0
}

/** The one place that turns a handout into PDF bytes. */
export async function renderHandoutPdf(handout: THandout): Promise<TRenderedPdf> {
  registerFonts()
  // Called as a function: renderToBuffer wants the <Document> element itself, and the component has no hooks.
  const pdf = await renderToBuffer(HandoutDocument({ handout }))
  return { pdf, pageCount: countPages(pdf) }
}
