/**
 * Where react-pdf may break a "word" (its text between ASCII spaces), given as its hyphenation
 * callback. Words stay whole, as before: react-pdf's own hyphenation split them badly ("vom-iting").
 * But a word too long for any line (a pasted URL), and Chinese, Japanese or Thai text, which has
 * no spaces between words, used to run off the page as one unbreakable box.
 *
 * react-pdf breaks only at spaces, or between two of the parts returned here, where it then prints
 * a hyphen, wrong for a URL or for Chinese. A part that JavaScript's trim() empties is a space
 * for it, a break that adds nothing; U+FEFF is the one such character of zero width, and fontkit
 * lays it out as an empty space glyph of zero advance. So breaks are given as U+FEFF parts.
 * @see node_modules/@react-pdf/textkit/lib/textkit.js (getNodes: `s.trim() === ''` is glue)
 */
export const BREAK = '\uFEFF'

/** Longer than this, in characters as a reader counts them, a word may break anywhere: the narrowest column holds about 30. */
const LONG_WORD = 24

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' })

/** Scripts written without spaces between words: a line may break between any two characters (Chinese, Japanese) or words (Thai). */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const THAI = /\p{Script=Thai}/u
/** Never at the start of a line (closing marks, small kana) nor at the end (opening marks): the Japanese and Chinese rule. */
const NO_BREAK_BEFORE = /^[、。，．：；？！）」』】〕〉》”’・ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ!),.:;?\]}]/u
const NO_BREAK_AFTER = /[（「『【〔〈《“‘([{]$/u
/** A virama joins the consonants around it into one cluster: never break after one. */
const VIRAMA = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\u0DCA\u0E3A\u1039\u17D2\u200D]$/u

function joinWithBreaks(pieces: string[]): string[] {
  const parts: string[] = []
  for (const piece of pieces) {
    const previous = parts.at(-1)
    if (previous === undefined) parts.push(piece)
    else if (NO_BREAK_BEFORE.test(piece) || NO_BREAK_AFTER.test(previous) || VIRAMA.test(previous)) parts[parts.length - 1] = previous + piece
    else parts.push(BREAK, piece)
  }
  return parts
}

/** The parts of one word, with a zero-width break between those a line may end after. */
export function breakableParts(word: string): string[] {
  const characters = [...graphemes.segment(word)].map(({ segment }) => segment)
  if (characters.length > LONG_WORD) return joinWithBreaks(characters)
  if (IDEOGRAPHIC.test(word)) return joinWithBreaks(characters)
  if (THAI.test(word)) return joinWithBreaks([...thaiWords.segment(word)].map(({ segment }) => segment))
  return [word]
}
