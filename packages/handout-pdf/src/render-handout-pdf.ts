import { renderToBuffer } from '@react-pdf/renderer'
import { HandoutDocument } from './components/handout-document'
import { registerFacesFor, registerFonts } from './fonts'
import type { TPrintedHandout } from './handout-model'
import { withPrivateTexts } from './private-texts'

export type TPdfLogo = { data: Uint8Array; mimeType: 'image/png' | 'image/jpeg' }
export type TRenderedPdf = { bytes: Uint8Array; pageCount: number }

/** The one place that turns a handout into PDF bytes, on the thread that calls it. */
export async function renderHandoutPdf(handout: TPrintedHandout, { logo }: { logo?: TPdfLogo } = {}): Promise<TRenderedPdf> {
  registerFonts()
  // Whatever someone typed (a name, a note, the clinic's details) may need a face for its script.
  registerFacesFor([...Object.values(handout.personal), handout.words.byline, handout.words.noteLabel, ...handout.words.footerLines, handout.words.keyPointsCall])
  const logoSrc = logo && `data:${logo.mimeType};base64,${Buffer.from(logo.data).toString('base64')}`
  // Heard from the footer's page number, which react-pdf fills in for every page with the total.
  let pageCount = 0
  const onPageCount = (pages: number | undefined) => (pageCount = Math.max(pageCount, pages ?? 0))
  // Called as a function: renderToBuffer wants the <Document> element itself, and the component has no hooks.
  const bytes = await withPrivateTexts([handout.personal.patientFirstName, handout.personal.note], () => renderToBuffer(HandoutDocument({ handout, logoSrc, onPageCount })))
  if (pageCount === 0) throw new Error('the PDF was written without its page numbers, so its pages were not counted')
  // React lets go of a finished render's tree in a task it schedules for later. Renders run back
  // to back in one loop (the CLI, the bench, tests) never gave it that turn: each kept its whole
  // tree, about 0.4 MB, for good. One turn of the event loop here lets it run.
  await new Promise((resolve) => setImmediate(resolve))
  return { bytes, pageCount }
}
