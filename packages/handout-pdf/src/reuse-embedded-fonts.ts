import PDFDocument from 'pdfkit'

type TFontMethod = (this: PDFKit.PDFDocument, src: unknown, family?: unknown, size?: unknown) => PDFKit.PDFDocument
type TInitFonts = (this: PDFKit.PDFDocument, defaultFont?: string | null, ...rest: unknown[]) => void
type TDocumentState = { _font: unknown; _fontSource: unknown; _fontFamily: unknown }

/**
 * react-pdf hands pdfkit the same fontkit font object for every text run, and pdfkit, finding no
 * name to cache it under, builds a new embedded font for each run (a subset, glyph 0, metrics)
 * and then compares its name table with the one already embedded, as JSON. Here each document
 * remembers the embedded font it made for each font object, so each face is set up once per PDF.
 */
const methods = PDFDocument.prototype as unknown as { font: TFontMethod & { reusesFonts?: true }; initFonts: TInitFonts }
if (!methods.font.reusesFonts) {
  // Nor does a document need pdfkit's default Helvetica, whose metrics file it parses for every
  // new document: react-pdf names the font of every run it draws, and so do the page numbers.
  const initFonts = methods.initFonts
  methods.initFonts = function (_defaultFont, ...rest) {
    initFonts.call(this, null, ...rest)
  }
  const font = methods.font
  const embedded = new WeakMap<object, Map<object, unknown>>()
  const embeddedIn = (document: object) => embedded.get(document) ?? embedded.set(document, new Map()).get(document)!
  const reusing: TFontMethod = function (src, family, size) {
    if (typeof src !== 'object' || src === null || typeof (src as { layout?: unknown }).layout !== 'function') return font.call(this, src, family, size)
    const state = this as unknown as TDocumentState
    const fonts = embeddedIn(this)
    const known = fonts.get(src)
    if (!known) {
      font.call(this, src, family, size)
      fonts.set(src, state._font)
      return this
    }
    state._font = known
    state._fontSource = src
    state._fontFamily = typeof family === 'string' ? family : null
    const points = typeof family === 'number' ? family : size
    if (typeof points === 'number' || typeof points === 'string') this.fontSize(points as number)
    return this
  }
  methods.font = Object.assign(reusing, { reusesFonts: true as const })
}
