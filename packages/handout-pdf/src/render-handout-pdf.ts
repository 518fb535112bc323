import { renderToBuffer } from '@react-pdf/renderer'
import { HandoutDocument } from './components/handout-document'
import { registerFacesFor, registerFonts } from './fonts'
import { pageLabel } from './footer-line'
import type { TPrintedHandout } from './handout-model'
import { withPageNumbers } from './page-numbers'
import './reuse-embedded-fonts'
import { withPrivateTexts } from './private-texts'
import { FOOTER_BASELINE_RATIO, FOOTER_BOTTOM, pageMarginXOf, stylesFor } from './styles'

export type TPdfLogo = { data: Uint8Array; mimeType: 'image/png' | 'image/jpeg' }
export type TRenderedPdf = { bytes: Uint8Array; pageCount: number }

/** The one place that turns a handout into PDF bytes, on the thread that calls it. */
export async function renderHandoutPdf(handout: TPrintedHandout, { logo }: { logo?: TPdfLogo } = {}): Promise<TRenderedPdf> {
  registerFonts()
  const { patientFirstName, note } = handout.personal
  // Whatever someone typed (a name, a note, the clinic's details) may need a face for its script.
  registerFacesFor([...Object.values(handout.personal), handout.words.byline, handout.words.noteLabel, ...handout.words.footerLines, handout.words.keyPointsCall])
  const logoSrc = logo && `data:${logo.mimeType};base64,${Buffer.from(logo.data).toString('base64')}`
  const fontSize = Number(stylesFor(handout.printSize, handout.paper).footerText.fontSize)
  const pageNumbers = { label: (page: number, pages: number) => pageLabel(handout.words.pageOf, page, pages), fontSize, baselineY: FOOTER_BOTTOM + FOOTER_BASELINE_RATIO * fontSize, rightX: pageMarginXOf(handout.printSize), grey: 0.24 }
  // Called as a function: renderToBuffer wants the <Document> element itself, and the component has no hooks.
  const { result: bytes, pageCount } = await withPageNumbers(pageNumbers, () => withPrivateTexts([patientFirstName, note], () => renderToBuffer(HandoutDocument({ handout, logoSrc }))))
  // React lets go of a finished render's tree in a task it schedules for later. Renders run back
  // to back in one loop (the CLI, the bench, tests) never gave it that turn: each kept its whole
  // tree, about 0.4 MB, for good. One turn of the event loop here lets it run.
  await new Promise((resolve) => setImmediate(resolve))
  return { bytes, pageCount }
}
