import { StyleSheet } from '@react-pdf/renderer'
import { FONT_STACK } from './fonts'
import type { TPaper, TPrintSize } from './handout-model'

export const INK = '#111111'
export const MUTED = '#3d3d3d'
export const RULE = '#8a8a8a'
export const PANEL = '#f1f3f5'

export const PAGE_MARGIN_X = 44
export const FOOTER_BOTTOM = 24
/** Large print's 18 pt lines take a little more of the page's width: fewer lines wrap, fewer pages. */
export const pageMarginXOf = (size: TPrintSize) => (size === 'large' ? 36 : PAGE_MARGIN_X)
/** What react-pdf calls each paper size, and its width in points. */
export const PAGE_SIZE = { letter: { name: 'LETTER', width: 612 }, a4: { name: 'A4', width: 595.28 } } as const
/** The page's width less the side margins. */
export const contentWidthOf = (size: TPrintSize, paper: TPaper) => PAGE_SIZE[paper].width - 2 * pageMarginXOf(size)

/** Body sizes from the content guide: 12 pt, 14 pt for seniors, 18 pt large print. */
export const BODY_SIZE: Record<TPrintSize, number> = { standard: 12, senior: 14, large: 18 }

/**
 * A box that may break across pages, drawn as pieces that read as one: the head has no bottom
 * edge, the middles only sides, the tail no top edge; `whole` is the box in one piece.
 */
function framedBox(border: number, body: number, { marginTop = 0.6, paddingTop = 0, paddingBottom = 0.6 } = {}) {
  const frame = { borderColor: INK, paddingHorizontal: body * 0.9 }
  return {
    whole: { ...frame, marginTop: body * marginTop, borderWidth: border, borderRadius: 4, paddingTop: body * paddingTop, paddingBottom: body * paddingBottom },
    head: { ...frame, marginTop: body * marginTop, borderWidth: border, borderBottomWidth: 0, borderTopLeftRadius: 4, borderTopRightRadius: 4, paddingTop: body * paddingTop },
    middle: { ...frame, borderLeftWidth: border, borderRightWidth: border },
    tail: { ...frame, borderWidth: border, borderTopWidth: 0, borderBottomLeftRadius: 4, borderBottomRightRadius: 4, paddingBottom: body * paddingBottom },
  }
}
export type TBoxFrame = ReturnType<typeof framedBox>

/**
 * Line height lives only on text styles, each with its own fontSize: react-pdf 4.9 drops
 * the fixed footer when a Page or an ancestor of it has lineHeight, and multiplies a
 * unitless lineHeight by the font size of the same style object. @see ../shared/pdf-notes.md
 */
function createStyles(size: TPrintSize, paper: TPaper) {
  const body = BODY_SIZE[size]
  const marginX = pageMarginXOf(size)
  const help = framedBox(3, body)
  const teachBack = framedBox(1.5, body)
  const keyPoints = framedBox(3, body, { marginTop: 0.8, paddingTop: 0.5, paddingBottom: 0.3 })
  const contentWidth = contentWidthOf(size, paper)
  const small = size === 'large' ? body : Math.max(10, Math.round(body * 0.85))
  const drawingWidth = size === 'large' ? 100 : 76
  const drawingGap = 12
  const text = (fontSize: number, extra: Record<string, unknown> = {}) => ({
    fontFamily: FONT_STACK,
    fontSize,
    lineHeight: 1.35,
    color: INK,
    ...extra,
  })
  const sheet = StyleSheet.create({
    page: { paddingTop: 28, paddingBottom: 44, paddingHorizontal: marginX, fontFamily: FONT_STACK, color: INK },
    // A fixed box: react-pdf skips an image it cannot size. objectFit keeps the logo's proportions inside it.
    logo: { position: 'absolute', top: 0, right: 0, width: 150, height: 50, objectFit: 'contain', objectPosition: 'right top' },
    title: text(Math.round(body * 1.9), { fontWeight: 700, lineHeight: 1.15 }),
    subtitle: text(body, { color: MUTED, marginTop: 2 }),
    purpose: text(body, { marginTop: 10 }),
    partTitle: text(Math.round(body * 1.45), {
      fontWeight: 700,
      marginTop: body * 0.9,
      marginBottom: body * 0.3,
      lineHeight: 1.2,
      borderBottomWidth: 1.5,
      borderBottomColor: INK,
      paddingBottom: 2,
    }),
    sectionTitle: text(Math.round(body * 1.2), { fontWeight: 700, marginTop: body * 0.35, marginBottom: body * 0.15, lineHeight: 1.2 }),
    englishVersion: { marginTop: body * 0.3, paddingLeft: body * 0.6, borderLeftWidth: 2, borderLeftColor: RULE },
    // A later piece of an English version cut into pieces (the help box): its rule runs on unbroken.
    englishVersionContinued: { paddingLeft: body * 0.6, borderLeftWidth: 2, borderLeftColor: RULE },
    englishTitle: text(Math.round(body * 1.05), { fontWeight: 700, marginBottom: body * 0.2 }),
    subheading: text(Math.round(body * 1.05), { fontWeight: 700, marginTop: body * 0.4, marginBottom: 2 }),
    paragraph: text(body, { marginBottom: body * 0.25 }),
    strong: { fontWeight: 700 },
    list: { marginBottom: body * 0.2 },
    listItem: { flexDirection: 'row', marginBottom: body * 0.15 },
    bullet: text(body, { width: body * 1.3 }),
    listItemText: text(body),
    // A bullet's text beside its bullet takes the rest of the row.
    bulletText: text(body, { flex: 1 }),
    table: { marginVertical: body * 0.4, borderTopWidth: 1, borderTopColor: RULE },
    tableRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: RULE },
    tableHeaderRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: RULE, backgroundColor: PANEL },
    tableCell: { flex: 2, paddingVertical: 3, paddingHorizontal: 4 },
    tableFirstCell: { flex: 1.3, paddingVertical: 3, paddingHorizontal: 4 },
    tableCellText: text(body),
    tableHeaderText: text(body, { fontWeight: 700 }),
    noteBox: { marginTop: body, borderWidth: 2, borderColor: INK, borderRadius: 4, padding: body * 0.8 },
    noteLabel: text(Math.round(body * 1.1), { fontWeight: 700, marginBottom: 4 }),
    noteText: text(body),
    followUp: text(body, { marginTop: 6, fontWeight: 700 }),
    tickRow: { flexDirection: 'row', alignItems: 'flex-start', marginBottom: body * 0.25 },
    tickBox: { width: body * 1.1, height: body * 1.1, borderWidth: 1.5, borderColor: INK, marginRight: body * 0.6, marginTop: body * 0.15 },
    tickText: { width: contentWidth - body * 3.6 },
    tickEnglish: text(body, { color: MUTED }),
    keyPointsTitle: text(Math.round(body * 1.3), { fontWeight: 700, marginBottom: body * 0.3, lineHeight: 1.2 }),
    stepsWithDrawing: { flexDirection: 'row', alignItems: 'flex-start' },
    // A fixed width, not flex: react-pdf measures text in a flexed box at the wrong width and lines overlap.
    steps: { width: contentWidth - drawingWidth - drawingGap },
    drawing: { width: drawingWidth, alignItems: 'center', marginLeft: drawingGap, marginBottom: 6 },
    drawingRow: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: body * 0.4 },
    // Wider than its drawing by the gap, centred on it: "Atrás del muslo" at 12 pt takes one line, not two.
    drawingCaption: text(small, { color: MUTED, textAlign: 'center', width: drawingWidth + drawingGap }),
    qrRow: { flexDirection: 'row', alignItems: 'center', marginTop: body * 0.6 },
    qrCode: { width: size === 'large' ? 80 : 56 },
    qrText: { width: contentWidth - (size === 'large' ? 80 : 56) - 12, marginLeft: 12 },
    // As small as the sources beside it, so the address fits one line; it is there for anyone who cannot scan.
    qrUrl: text(size === 'large' ? small : Math.min(small, 10), { color: MUTED }),
    sources: { marginTop: body * 0.3 },
    // Small on standard and senior print; large print keeps every piece of text at its body size (18 pt or more).
    sourceItem: text(size === 'large' ? small : Math.min(small, 10), { color: MUTED, marginBottom: 2 }),
    footer: {
      position: 'absolute',
      bottom: FOOTER_BOTTOM,
      left: marginX,
      right: marginX,
      flexDirection: 'row',
      justifyContent: 'space-between',
      borderTopWidth: 0.75,
      borderTopColor: RULE,
      paddingTop: 4,
    },
    // No lineHeight here or on the footer: see the note above.
    footerText: { fontFamily: FONT_STACK, fontSize: small, color: MUTED },
  })
  // Boxes that may break across pages (BoxInPieces): the help box, the teach-back box, the bilingual key points.
  return { ...sheet, frames: { help, teachBack, keyPoints } }
}

export type THandoutStyles = ReturnType<typeof createStyles>

const cache = new Map<`${TPrintSize} ${TPaper}`, THandoutStyles>()

export function stylesFor(size: TPrintSize, paper: TPaper): THandoutStyles {
  let styles = cache.get(`${size} ${paper}`)
  if (!styles) cache.set(`${size} ${paper}`, (styles = createStyles(size, paper)))
  return styles
}
