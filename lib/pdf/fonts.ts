import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Font } from '@react-pdf/renderer'
import * as fontkit from 'fontkit'
import { installShapingCache } from './shaping-cache'
import { installTextLayoutCache } from './text-layout-cache'
import { keepUnitsPerEm } from './units-per-em'
import { woffToSfnt } from './woff-to-sfnt'

export const BODY_FONT = 'Atkinson Hyperlegible'
/** Covers the symbols Atkinson lacks, such as "≥"; react-pdf falls back to it glyph by glyph. */
export const SYMBOL_FONT = 'Noto Sans Math'
export const FONT_STACK = [BODY_FONT, SYMBOL_FONT]

// Built from process.cwd(): Next rewrites require.resolve when it bundles server code.
const fontFile = (pkg: string, file: string) => path.join(process.cwd(), 'node_modules', '@fontsource', pkg, 'files', file)

const trueType = (pkg: string, file: string) => woffToSfnt(readFileSync(fontFile(pkg, file)))

let bodyRegular: Buffer | undefined
/** The regular body face as TrueType, read and inflated once: for react-pdf and the shaping cache. */
export const bodyFontTrueType = () => (bodyRegular ??= trueType('atkinson-hyperlegible', 'atkinson-hyperlegible-latin-400-normal.woff'))

let bodyRegularFont: fontkit.Font | undefined
/** The same face parsed, for measuring the footer and drawing page numbers. */
export const bodyFont = () => (bodyRegularFont ??= fontkit.create(bodyFontTrueType()) as fontkit.Font)

/** The font as an in-memory TrueType data URL: read and inflated once, never fetched. */
const dataUrl = (ttf: Buffer) => `data:font/ttf;base64,${ttf.toString('base64')}`
const embedded = (pkg: string, file: string) => dataUrl(trueType(pkg, file))

let isRegistered = false

/** Registers the embedded fonts once per process. Nothing is fetched: the files ship in npm packages. */
export function registerFonts(): void {
  if (isRegistered) return
  Font.register({
    family: BODY_FONT,
    fonts: [
      { src: dataUrl(bodyFontTrueType()), fontWeight: 400 },
      { src: embedded('atkinson-hyperlegible', 'atkinson-hyperlegible-latin-700-normal.woff'), fontWeight: 700 },
    ],
  })
  const symbols = embedded('noto-sans-math', 'noto-sans-math-latin-400-normal.woff')
  Font.register({
    family: SYMBOL_FONT,
    fonts: [
      { src: symbols, fontWeight: 400 },
      { src: symbols, fontWeight: 700 },
    ],
  })
  // react-pdf hyphenates by default and splits words badly ("vom-iting"): keep words whole.
  Font.registerHyphenationCallback((word) => [word])
  // Both patch fontkit's font class, reached through the face already parsed for the footer.
  installShapingCache(bodyFont())
  keepUnitsPerEm(bodyFont())
  installTextLayoutCache()
  isRegistered = true
}
