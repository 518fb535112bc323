import { describe, expect, it } from 'vitest'
import { fernandezHuerta, spanishEaseLabel, spanishReadabilityOfText, spanishSyllables } from '@/lib/content/readability-es'

describe('Spanish syllables', () => {
  it.each([
    ['calambre', 3], // ca-lam-bre
    ['pierna', 2], // pier-na: diphthong
    ['pantorrilla', 4],
    ['músculo', 3],
    ['día', 2], // dí-a: accented weak vowel breaks the diphthong
    ['ciudad', 2], // ciu-dad
    ['oído', 3], // o-í-do
    ['aéreo', 4], // a-é-re-o: strong vowels meet
    ['poeta', 3],
    ['que', 1], // silent u
    ['guerra', 2],
    ['pingüino', 3], // pin-güi-no
    ['muy', 1], // final y is a vowel
    ['mayo', 2], // y before a vowel is a consonant
    ['y', 1],
    ['Atención', 3],
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count)
  })
})

describe('Fernández-Huerta reading ease', () => {
  it('is 206.84 - 0.60 x syllables per 100 words - 1.02 x words per sentence', () => {
    // 2 sentences, 8 words, 15 syllables: "Be-ba a-gua to-do el dí-a. Es-ti-re la pier-na."
    const result = spanishReadabilityOfText('Beba agua todo el día. Estire la pierna.')
    expect(result).toMatchObject({ sentences: 2, words: 8, syllables: 15 })
    expect(result.score).toBeCloseTo(206.84 - 0.6 * ((15 / 8) * 100) - 1.02 * (8 / 2), 1)
    expect(fernandezHuerta({ words: 100, sentences: 10, syllables: 180 })).toBeCloseTo(206.84 - 108 - 10.2, 1)
  })

  it('rates short everyday Spanish far easier than clinical Spanish, and names the band', () => {
    const plain = spanishReadabilityOfText('Beba agua. Camine un poco. Estire la pierna antes de dormir.')
    const clinical = spanishReadabilityOfText('La hipomagnesemia asociada a diuréticos tiazídicos incrementa significativamente la excitabilidad neuromuscular gastrocnemia.')
    expect(plain.score).toBeGreaterThan(80)
    expect(clinical.score).toBeLessThan(40)
    expect(spanishEaseLabel(plain.score)).toBe('muy fácil')
    expect(spanishEaseLabel(72)).toBe('bastante fácil')
    expect(spanishEaseLabel(clinical.score)).toBe('muy difícil')
  })
})
