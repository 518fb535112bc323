import { AsyncLocalStorage } from 'node:async_hooks'
import PDFDocument from 'pdfkit'
import { bodyFont } from './fonts'

export type TPageNumberStyle = { label: (page: number, pages: number) => string; fontSize: number; baselineY: number; rightX: number; grey: number }

type TRun = { style: TPageNumberStyle; pageCount: number }
const pending = new AsyncLocalStorage<TRun>()

/**
 * Runs a react-pdf render so that every page of the PDF it writes gets "Page N of M" at the
 * right of its footer, drawn into react-pdf's own pdfkit document just before it is closed.
 * react-pdf can print the numbers itself only through a dynamic `render` footer, which makes it
 * paginate the whole document twice; reopening the finished PDF to add them (pdf-lib) cost a
 * tenth of a render.
 */
export async function withPageNumbers<T>(style: TPageNumberStyle, render: () => Promise<T>): Promise<{ result: T; pageCount: number }> {
  const run: TRun = { style, pageCount: 0 }
  const result = await pending.run(run, render)
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
type TDocumentMethods = { addPage: (this: PDFKit.PDFDocument, ...args: unknown[]) => PDFKit.PDFDocument; end: (this: PDFKit.PDFDocument) => void }
const methods = PDFDocument.prototype as unknown as TDocumentMethods & { hasPageNumbers?: true }
if (!methods.hasPageNumbers) {
  const { addPage, end } = methods
  methods.addPage = function (...args) {
    if (pending.getStore()) (this as unknown as { options: { bufferPages?: boolean } }).options.bufferPages = true
    return addPage.apply(this, args)
  }
  methods.end = function () {
    const run = pending.getStore()
    if (run) drawPageNumbers(this, run)
    end.call(this)
  }
  methods.hasPageNumbers = true
}
