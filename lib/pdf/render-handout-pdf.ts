import { renderToBuffer } from '@react-pdf/renderer'
import type { THandout } from '../handout/assemble'
import { HandoutDocument } from './components/handout-document'
import { registerFacesFor, registerFonts } from './fonts'
import { withPageNumbers } from './page-numbers'
import './reuse-embedded-fonts'
import { withPrivateTexts } from './private-texts'
import { stringsFor } from '../handout/strings'
import { FOOTER_BASELINE_RATIO, FOOTER_BOTTOM, pageMarginXOf, printSizeOf, stylesFor } from './styles'

export type TRenderedPdf = { pdf: Buffer; pageCount: number }
export type TPdfLogo = { data: Uint8Array; mimeType: 'image/png' | 'image/jpeg' }

/** The one place that turns a handout into PDF bytes. */
export async function renderHandoutPdf(handout: THandout, { logo }: { logo?: TPdfLogo } = {}): Promise<TRenderedPdf> {
  registerFonts()
  const { patientFirstName, note, clinicianName, clinicName, clinicPhone } = handout.personal
  registerFacesFor([patientFirstName, note, clinicianName, clinicName, clinicPhone])
  const logoSrc = logo && `data:${logo.mimeType};base64,${Buffer.from(logo.data).toString('base64')}`
  const size = printSizeOf(handout)
  const fontSize = Number(stylesFor(size, handout.paper).footerText.fontSize)
  const pageNumbers = { label: stringsFor(handout.language).page, fontSize, baselineY: FOOTER_BOTTOM + FOOTER_BASELINE_RATIO * fontSize, rightX: pageMarginXOf(size), grey: 0.24 }
  // Called as a function: renderToBuffer wants the <Document> element itself, and the component has no hooks.
  const { result: pdf, pageCount } = await withPageNumbers(pageNumbers, () => withPrivateTexts([patientFirstName, note], () => renderToBuffer(HandoutDocument({ handout, logoSrc }))))
  // React lets go of a finished render's tree in a task it schedules for later. Renders run back
  // to back in one loop (the CLI, the bench, tests) never gave it that turn: each kept its whole
  // tree, about 0.4 MB, for good. One turn of the event loop here lets it run.
  await new Promise((resolve) => setImmediate(resolve))
  return { pdf, pageCount }
}
