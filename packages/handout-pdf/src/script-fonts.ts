import { readFileSync } from 'node:fs'
import path from 'node:path'
import { charactersOf } from './character-map'
import { resolveFromPackage } from './package-dir'

/** One @fontsource subset file set: `<pkg>-<subset>-<weight>-normal.woff`, in 400 and 700. */
export type TFace = { family: string; pkg: string; subset: string }

export const BODY_FACE: TFace = { family: 'Atkinson Hyperlegible', pkg: 'atkinson-hyperlegible', subset: 'latin' }
/** Covers the symbols Atkinson lacks, such as "≥". It ships one weight. */
export const SYMBOL_FACE: TFace = { family: 'Noto Sans Math', pkg: 'noto-sans-math', subset: 'latin' }

const HAN_FACE: TFace = { family: 'Noto Sans SC', pkg: 'noto-sans-sc', subset: 'chinese-simplified' }
const JAPANESE_FACE: TFace = { family: 'Noto Sans JP', pkg: 'noto-sans-jp', subset: 'japanese' }

/**
 * The faces behind the body face for names and notes in other scripts, in the order a character
 * is looked up: Atkinson's own accented letters first, then Noto Sans and IBM Plex Sans Arabic (SIL OFL, from npm). Each is
 * registered and loaded only when a handout's text needs it, so an English handout loads none.
 */
export const SCRIPT_FACES: readonly TFace[] = [
  { family: 'Atkinson Hyperlegible Latin Ext', pkg: 'atkinson-hyperlegible', subset: 'latin-ext' },
  { family: 'Noto Sans Latin', pkg: 'noto-sans', subset: 'latin' },
  { family: 'Noto Sans Latin Ext', pkg: 'noto-sans', subset: 'latin-ext' },
  { family: 'Noto Sans Vietnamese', pkg: 'noto-sans', subset: 'vietnamese' },
  { family: 'Noto Sans Greek', pkg: 'noto-sans', subset: 'greek' },
  { family: 'Noto Sans Greek Ext', pkg: 'noto-sans', subset: 'greek-ext' },
  { family: 'Noto Sans Cyrillic', pkg: 'noto-sans', subset: 'cyrillic' },
  { family: 'Noto Sans Cyrillic Ext', pkg: 'noto-sans', subset: 'cyrillic-ext' },
  { family: 'Noto Sans Hebrew', pkg: 'noto-sans-hebrew', subset: 'hebrew' },
  // Not Noto Sans Arabic: it draws most letters as a shared dotless body plus dots, which react-pdf
  // dropped or misplaced and which turn back into the wrong letters when the PDF is read (قبل as قنل).
  { family: 'IBM Plex Sans Arabic', pkg: 'ibm-plex-sans-arabic', subset: 'arabic' },
  { family: 'Noto Sans Devanagari', pkg: 'noto-sans-devanagari', subset: 'devanagari' },
  { family: 'Noto Sans Thai', pkg: 'noto-sans-thai', subset: 'thai' },
  HAN_FACE,
  JAPANESE_FACE,
  { family: 'Noto Sans KR', pkg: 'noto-sans-kr', subset: 'korean' },
]

export const fontFile = (pkg: string, file: string) => path.join(path.dirname(resolveFromPackage(`@fontsource/${pkg}/package.json`)), 'files', file)
export const faceFile = (face: TFace, weight: number) => fontFile(face.pkg, `${face.pkg}-${face.subset}-${weight}-normal.woff`)

const coverage = new Map<TFace, ReadonlySet<number>>()
/** The characters a face has glyphs for, read from its regular file's character map once (the bold one has the same). */
function coverageOf(face: TFace): ReadonlySet<number> {
  let characters = coverage.get(face)
  if (!characters) coverage.set(face, (characters = charactersOf(readFileSync(faceFile(face, 400)))))
  return characters
}

const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
// Line breaks are never drawn; the request keeps newlines in notes.
const isLineBreak = (codePoint: number) => codePoint === 0x0a

/** The lookup order for one text: Japanese text takes its Han characters from the Japanese face. */
function lookupOrder(text: string): readonly TFace[] {
  const script = KANA.test(text) ? SCRIPT_FACES.map((face) => (face === HAN_FACE ? JAPANESE_FACE : face === JAPANESE_FACE ? HAN_FACE : face)) : SCRIPT_FACES
  return [BODY_FACE, ...script, SYMBOL_FACE]
}

/** The face that prints a character in this text, as react-pdf picks it from the stack: the first that has it. */
function faceFor(codePoint: number, order: readonly TFace[]): TFace | undefined {
  return order.find((face) => coverageOf(face).has(codePoint))
}

/**
 * The faces behind the body face that this text needs, in lookup order. None for text the body
 * and symbol faces print, which is all English and Spanish: those files are never read.
 */
export function scriptFacesFor(text: string): TFace[] {
  if (PRINTABLE_ASCII.test(text)) return []
  const order = lookupOrder(text)
  const needed = new Set<TFace>()
  for (const character of text) {
    const face = faceFor(character.codePointAt(0)!, order)
    if (face && face !== BODY_FACE && face !== SYMBOL_FACE) needed.add(face)
  }
  return order.filter((face) => needed.has(face))
}

/** A text in runs of one face each, in reading order, for measuring it; unprintable characters go with the body face. */
export function runsByFace(text: string): { face: TFace; text: string }[] {
  const order = lookupOrder(text)
  const runs: { face: TFace; text: string }[] = []
  for (const character of text) {
    const face = (PRINTABLE_ASCII.test(character) ? BODY_FACE : faceFor(character.codePointAt(0)!, order)) ?? BODY_FACE
    const last = runs.at(-1)
    if (last?.face === face) last.text += character
    else runs.push({ face, text: character })
  }
  return runs
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/**
 * Hebrew points and Arabic vowel signs: react-pdf 4.9 draws a mark at the pen, off its letter, so
 * they would print misplaced. They are refused like a missing glyph; names without them print.
 */
const MISPLACED_MARK = /[\u0591-\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/u

/**
 * What in a text no face can print, as the person typed it (an emoji with its modifiers stays
 * one), each once. react-pdf would draw these as an empty box or another face's wrong glyph.
 */
export function unprintableIn(text: string): string[] {
  if (PRINTABLE_ASCII.test(text)) return []
  const order = lookupOrder(text)
  const found = new Set<string>()
  for (const { segment } of graphemes.segment(text)) {
    for (const character of segment) {
      const codePoint = character.codePointAt(0)!
      if (!isLineBreak(codePoint) && (MISPLACED_MARK.test(character) || !faceFor(codePoint, order))) {
        found.add(segment)
        break
      }
    }
  }
  return [...found]
}

/** The direction a paragraph reads in, from its first letter that has one, as HTML's dir="auto" does. */
export function baseDirectionOf(text: string): 'ltr' | 'rtl' {
  const strong = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]|\p{L}/u.exec(text)?.[0]
  return strong && /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u.test(strong) ? 'rtl' : 'ltr'
}
