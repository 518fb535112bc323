import PDFDocument from 'pdfkit'
import { bodyFont } from './fonts'

export type TPageNumberStyle = { label: (page: number, pages: number) => string; fontSize: number; baselineY: number; rightX: number; grey: number }

type TRun = { style: TPageNumberStyle; pageCount: number }
/** The run whose document is being constructed right now, synchronously. */
let claiming: TRun | undefined
const runs = new WeakMap<object, TRun>()

/**
 * Runs a react-pdf render so that every page of the PDF it writes gets "Page N of M" at the
 * right of its footer, drawn into react-pdf's own pdfkit document just before it is closed.
 * react-pdf can print the numbers itself only through a dynamic `render` footer, which makes it
 * paginate the whole document twice; reopening the finished PDF to add them (pdf-lib) cost a
 * tenth of a render.
 */
export async function withPageNumbers<T>(style: TPageNumberStyle, render: () => Promise<T>): Promise<{ result: T; pageCount: number }> {
  const run: TRun = { style, pageCount: 0 }
  // react-pdf constructs its pdfkit document synchronously, before its first await, so the
  // document constructed during this call is this run's. An AsyncLocalStorage would say the
  // same, but on Node 20 it puts a hook on every promise, and a render makes thousands.
  claiming = run
  let rendering: Promise<T>
  try {
    rendering = render()
  } finally {
    claiming = undefined
  }
  const result = await rendering
  if (run.pageCount === 0) throw new Error('no PDF document was written during the render, so its pages were not numbered')
  return { result, pageCount: run.pageCount }
}

function drawPageNumbers(document: PDFKit.PDFDocument, run: TRun): void {
  const { style } = run
  const font = bodyFont()
  const ascent = (font.ascent / font.unitsPerEm) * style.fontSize
  const { start, count } = document.bufferedPageRange()
  run.pageCount = count
  // The face react-pdf embedded, so no second copy; the colour belongs to each page's graphics state.
  document.font(font as unknown as PDFKit.Mixins.PDFFontSource, style.fontSize)
  for (let index = start; index < start + count; index++) {
    const page = document.switchToPage(index)
    const label = style.label(index - start + 1, count)
    document.fillColor([style.grey * 255, style.grey * 255, style.grey * 255])
    const width = document.widthOfString(label)
    // pdfkit places text by the top of its line and measures from the top of the page.
    document.text(label, page.width - style.rightX - width, page.height - style.baselineY - ascent, { lineBreak: false })
  }
}

// pdfkit writes each page out as the next one starts unless told to keep them: the total must be known first.
type TDocumentMethods = { initMetadata: (this: PDFKit.PDFDocument) => void; end: (this: PDFKit.PDFDocument) => void }
const methods = PDFDocument.prototype as unknown as TDocumentMethods & { hasPageNumbers?: true }
if (!methods.hasPageNumbers) {
  const { initMetadata, end } = methods
  // The first thing pdfkit's constructor does: the moment to claim the document for a run.
  methods.initMetadata = function () {
    if (claiming) {
      runs.set(this, claiming)
      ;(this as unknown as { options: { bufferPages?: boolean } }).options.bufferPages = true
    }
    initMetadata.call(this)
  }
  methods.end = function () {
    const run = runs.get(this)
    if (run) drawPageNumbers(this, run)
    end.call(this)
  }
  methods.hasPageNumbers = true
}
