import { renderToBuffer } from '@react-pdf/renderer'
import type { THandout } from '../handout/assemble'
import { HandoutDocument } from './components/handout-document'
import { registerFonts } from './fonts'

export type TRenderedPdf = { pdf: Buffer; pageCount: number }
export type TPdfLogo = { data: Uint8Array; mimeType: 'image/png' | 'image/jpeg' }

/** pdfkit writes one uncompressed `/Type /Page` object per page. */
function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0
}

/** The one place that turns a handout into PDF bytes. */
export async function renderHandoutPdf(handout: THandout, { logo }: { logo?: TPdfLogo } = {}): Promise<TRenderedPdf> {
  registerFonts()
  const logoSrc = logo && `data:${logo.mimeType};base64,${Buffer.from(logo.data).toString('base64')}`
  // Called as a function: renderToBuffer wants the <Document> element itself, and the component has no hooks.
  const pdf = await renderToBuffer(HandoutDocument({ handout, logoSrc }))
  return { pdf, pageCount: countPages(pdf) }
}
