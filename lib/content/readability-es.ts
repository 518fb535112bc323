import type { Root } from 'mdast'
import { addCounts, countText, textBlocks } from './readability'

export { spanishEaseLabel } from './spanish-ease-label'

const STRONG = new Set('aeoáéó')
const WEAK_ACCENTED = new Set('íú')
const VOWELS = new Set('aeiouáéíóúü')

/**
 * Spanish syllables by the rules of Spanish orthography: one syllable per vowel group,
 * split where two strong vowels meet (hiatus, "po-e-ta") or a weak vowel carries the accent
 * ("dí-a"); weak vowels otherwise join their neighbour (diphthong, "pier-na"). "y" is a
 * vowel only when no vowel follows ("muy", "hoy"). Silent "u" in que/gui joins its vowel,
 * which gives the right count.
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLocaleLowerCase('es').replace(/[^a-záéíóúüñ]/g, '')
  if (!letters) return 0
  let syllables = 0
  let previous: string | undefined
  for (let index = 0; index < letters.length; index++) {
    const char = letters[index]!
    const isVowel = VOWELS.has(char) || (char === 'y' && !VOWELS.has(letters[index + 1] ?? '') && index > 0)
    if (!isVowel) {
      previous = undefined
      continue
    }
    const isHiatus = previous !== undefined && ((STRONG.has(previous) && STRONG.has(char)) || WEAK_ACCENTED.has(previous) || WEAK_ACCENTED.has(char))
    if (previous === undefined || isHiatus) syllables += 1
    previous = char
  }
  return Math.max(1, syllables)
}

export type TSpanishReadability = { score: number; words: number; sentences: number; syllables: number }

/**
 * Fernández-Huerta reading ease, 0-100: 206.84 - 0.60 * (syllables per 100 words) - 1.02 *
 * (words per sentence). The formula is often quoted with "sentences per 100 words" as its
 * last term, which makes shorter sentences read as harder; it is Flesch's formula carried
 * into Spanish, where that term is the average sentence length.
 * @see Law G. Error in the Fernandez Huerta readability formula. 2011.
 */
export function fernandezHuerta({ words, sentences, syllables }: Omit<TSpanishReadability, 'score'>): number {
  if (words === 0 || sentences === 0) return 100
  const score = 206.84 - 0.6 * ((syllables / words) * 100) - 1.02 * (words / sentences)
  return Math.round(Math.max(0, Math.min(100, score)) * 10) / 10
}

export function spanishReadabilityOfText(text: string): TSpanishReadability {
  const counts = countText(text, spanishSyllables)
  return { ...counts, score: fernandezHuerta(counts) }
}

export function spanishReadabilityOfTree(tree: Root): TSpanishReadability {
  const counts = addCounts(textBlocks(tree).map((block) => countText(block, spanishSyllables)))
  return { ...counts, score: fernandezHuerta(counts) }
}

export function combineSpanish(parts: readonly Omit<TSpanishReadability, 'score'>[]): TSpanishReadability {
  const counts = addCounts(parts)
  return { ...counts, score: fernandezHuerta(counts) }
}
