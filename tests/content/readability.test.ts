import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '@/lib/content/parse-markdown'
import { readabilityOfText, readabilityOfTree } from '@/lib/content/readability'

describe('Flesch-Kincaid grade', () => {
  it('follows the published formula: 0.39 words/sentence + 11.8 syllables/word - 15.59', () => {
    // 2 sentences, 8 words; the syllables come from the `syllable` package.
    const result = readabilityOfText('Stretch the muscle gently. Then walk around slowly.')
    expect(result).toMatchObject({ sentences: 2, words: 8 })
    const expected = 0.39 * (result.words / result.sentences) + 11.8 * (result.syllables / result.words) - 15.59
    expect(result.grade).toBeCloseTo(expected, 1)
  })

  it('rates plain words far easier than medical jargon', () => {
    const plain = readabilityOfText('Drink water through the day. Stretch your calf before bed.')
    const jargon = readabilityOfText(
      'Nocturnal gastrocnemius contractions frequently accompany electrolyte abnormalities, particularly hypokalemia and hypomagnesemia.',
    )
    expect(plain.grade).toBeLessThan(4)
    expect(jargon.grade).toBeGreaterThan(14)
  })

  it('reads each bullet and table cell as its own sentence and leaves headings out', () => {
    const { body } = parseMarkdown(
      ['### A heading with extraordinarily complicated terminology', '', '- Hold the wall', '- Lean in', '', '| a | b |', '|---|---|', '| Pain | Urge |'].join('\n'),
    )
    const result = readabilityOfTree(body)
    expect(result.sentences).toBe(6)
    expect(result.words).toBe(9)
  })

  it('gives grade 0 to empty text instead of dividing by zero', () => {
    expect(readabilityOfText('').grade).toBe(0)
  })
})
