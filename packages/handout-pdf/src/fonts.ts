import { readFileSync } from 'node:fs'
import { Font } from '@react-pdf/renderer'
import * as fontkit from 'fontkit'
import { breakableParts } from './line-breaks'
import { BODY_FACE, faceFile, scriptFacesFor, SYMBOL_FACE, type TFace } from './script-fonts'
import { installTextLayoutCache } from './text-layout-cache'
import { woffToSfnt } from './woff-to-sfnt'

export const BODY_FONT = BODY_FACE.family
/** Covers the symbols Atkinson lacks, such as "≥"; react-pdf falls back to it glyph by glyph. */
export const SYMBOL_FONT = SYMBOL_FACE.family
export const FONT_STACK = [BODY_FONT, SYMBOL_FONT]

const trueType = (face: TFace, weight: number) => woffToSfnt(readFileSync(faceFile(face, weight)))

let bodyRegular: Buffer | undefined
/** The regular body face as TrueType, read and inflated once: for react-pdf and for measuring. */
export const bodyFontTrueType = () => (bodyRegular ??= trueType(BODY_FACE, 400))

let bodyRegularFont: fontkit.Font | undefined
/** The same face parsed, for measuring the footer and the web address. */
export const bodyFont = () => (bodyRegularFont ??= fontkit.create(bodyFontTrueType()) as fontkit.Font)

/** The font as an in-memory TrueType data URL: read and inflated once, never fetched. */
const dataUrl = (ttf: Buffer) => `data:font/ttf;base64,${ttf.toString('base64')}`

let isRegistered = false

/** Registers the embedded fonts once per process. Nothing is fetched: the files ship in npm packages. */
export function registerFonts(): void {
  if (isRegistered) return
  Font.register({
    family: BODY_FONT,
    fonts: [
      { src: dataUrl(bodyFontTrueType()), fontWeight: 400 },
      { src: dataUrl(trueType(BODY_FACE, 700)), fontWeight: 700 },
    ],
  })
  const symbols = dataUrl(trueType(SYMBOL_FACE, 400))
  Font.register({
    family: SYMBOL_FONT,
    fonts: [
      { src: symbols, fontWeight: 400 },
      { src: symbols, fontWeight: 700 },
    ],
  })
  // Words stay whole (react-pdf's hyphenation split them badly, "vom-iting"), except where a line must break inside one.
  Font.registerHyphenationCallback(breakableParts)
  installTextLayoutCache()
  isRegistered = true
}

const registeredFaces = new Set<TFace>()

/**
 * Registers the faces these texts (a patient's name, a note, the clinic's name) need beyond the
 * body face, each once per process and only when first needed: a Chinese face is megabytes.
 */
export function registerFacesFor(texts: (string | undefined)[]): void {
  for (const face of texts.flatMap((text) => scriptFacesFor(text ?? ''))) {
    if (registeredFaces.has(face)) continue
    Font.register({ family: face.family, fonts: [400, 700].map((fontWeight) => ({ src: dataUrl(trueType(face, fontWeight)), fontWeight })) })
    registeredFaces.add(face)
  }
}

/**
 * The font families for a text someone typed: the body face, then the faces its other scripts
 * need, in the order react-pdf tries them for each character, then the symbol face. Text in
 * the body face alone gets the usual stack. Its faces must be registered (registerFacesFor).
 */
export function fontStackFor(text: string | undefined): string[] {
  const faces = scriptFacesFor(text ?? '')
  return faces.length === 0 ? FONT_STACK : [BODY_FONT, ...faces.map((face) => face.family), SYMBOL_FONT]
}
