import { renderToBuffer } from '@react-pdf/renderer'
import type { THandout } from '../handout/assemble'
import { HandoutDocument, printSizeOf } from './components/handout-document'
import { registerFonts } from './fonts'
import { withPrivateTexts } from './shaping-cache'
import { stringsFor } from '../handout/strings'
import { stampPageNumbers } from './stamp-page-numbers'
import { FOOTER_BASELINE_RATIO, FOOTER_BOTTOM, PAGE_MARGIN_X, stylesFor } from './styles'

export type TRenderedPdf = { pdf: Buffer; pageCount: number }
export type TPdfLogo = { data: Uint8Array; mimeType: 'image/png' | 'image/jpeg' }

/** The one place that turns a handout into PDF bytes. */
export async function renderHandoutPdf(handout: THandout, { logo }: { logo?: TPdfLogo } = {}): Promise<TRenderedPdf> {
  registerFonts()
  const logoSrc = logo && `data:${logo.mimeType};base64,${Buffer.from(logo.data).toString('base64')}`
  // Called as a function: renderToBuffer wants the <Document> element itself, and the component has no hooks.
  const { patientFirstName, note } = handout.personal
  const laidOut = await withPrivateTexts([patientFirstName, note], () => renderToBuffer(HandoutDocument({ handout, logoSrc })))
  const fontSize = Number(stylesFor(printSizeOf(handout)).footerText.fontSize)
  return stampPageNumbers(laidOut, {
    label: stringsFor(handout.language).page,
    fontSize,
    baselineY: FOOTER_BOTTOM + FOOTER_BASELINE_RATIO * fontSize,
    rightX: PAGE_MARGIN_X,
    grey: 0.24,
  })
}
