import { setTextLayoutCache } from '@react-pdf/layout'
import { isPrivate } from './private-texts'

/**
 * Cleared when full. A layout holds about 9 KB with its glyph positions shared (below); the
 * whole library, in every language and both print sizes, is about 3,100 of them. A clinic's
 * working set is a few hundred, and this bounds a worker's share at about 18 MB.
 */
const MAX_LAYOUTS = 2_000
const layouts = new Map<string, unknown[]>()

type TGlyphPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth?: number }
type TLine = { runs: { positions?: TGlyphPosition[] }[] }

/**
 * The same letter at the same size sits the same way wherever it is: in the standard corpus,
 * one glyph position in thirteen is new. Kept lines share one object per distinct position
 * instead of holding one per glyph, which was most of a kept layout's 17 KB.
 */
const positions = new Map<string, TGlyphPosition>()
function sharePositions(lines: TLine[]): void {
  for (const line of lines) {
    for (const run of line.runs) {
      const glyphPositions = run.positions ?? []
      for (let index = 0; index < glyphPositions.length; index++) {
        const position = glyphPositions[index]!
        const key = `${position.xAdvance} ${position.yAdvance} ${position.xOffset} ${position.yOffset} ${position.advanceWidth}`
        const shared = positions.get(key)
        if (shared) glyphPositions[index] = shared
        else positions.set(key, position)
      }
    }
  }
}

// A face that has not loaded is null here; react-pdf then falls back to Helvetica.
type TRun = { attributes: { font?: ({ postscriptName?: string; numGlyphs?: number } | null)[] } }

// By the font's name, not its object: one face can be parsed into several objects.
const fontIdentity = (font: { postscriptName?: string; numGlyphs?: number }) => `${font.postscriptName ?? ''}|${font.numGlyphs ?? 0}`

// Fonts by name; everything else in a run's attributes is plain data.
// Replaced here, where react-pdf keeps them, rather than by a JSON replacer: calling one for
// every value of every run was 3% of a render.
const withFontNames = (run: TRun) => ({ ...run, attributes: { ...run.attributes, font: run.attributes.font?.map((face) => face && fontIdentity(face)) } })

/**
 * Laying out a paragraph's lines (shaping, bidi, line breaking, justification) was a fifth of
 * every render, and the same guide sections recur in every handout at the same widths. So
 * react-pdf (through a patch, packages/handout-pdf/patches/@react-pdf+layout) asks here first:
 * the lines of a text already laid out with the same runs, fonts, sizes and box are reused, in
 * memory only. react-pdf reads lines after layout and never changes them (a test freezes them
 * and renders the corpus); each caller gets its own list. Texts that hold a patient's name or
 * note are laid out every time and never kept.
 */
export function installTextLayoutCache(): void {
  setTextLayoutCache((attributedString, container, options, layout) => {
    if (container.exclusions || isPrivate(attributedString.string)) return layout()
    const { width, height, maxLines, truncateMode } = container
    // The hyphenation callback is not in the key: registerFonts sets one for the whole process.
    const text = { ...attributedString, runs: (attributedString.runs as TRun[]).map(withFontNames) }
    const key = JSON.stringify([text, width, String(height), maxLines, truncateMode, options.hyphenationPenalty])
    let lines = layouts.get(key)
    if (!lines) {
      lines = layout()
      if (layouts.size >= MAX_LAYOUTS) {
        layouts.clear()
        positions.clear()
      }
      sharePositions(lines as TLine[])
      layouts.set(key, lines)
    }
    return lines.slice()
  })
}

/** The texts whose lines are kept, for the test that no patient's name or note is among them. */
export function cachedLayoutTexts(): string[] {
  return [...layouts.keys()].map((key) => (JSON.parse(key) as [{ string: string }])[0].string)
}

/** The kept lines themselves, for the test that react-pdf never changes them. */
export function cachedLayouts(): unknown[][] {
  return [...layouts.values()]
}
