import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { fontFile } from '../src/script-fonts'
import { woffToSfnt } from '../src/woff-to-sfnt'

const WOFF = fontFile('atkinson-hyperlegible', 'atkinson-hyperlegible-latin-400-normal.woff')

describe('unpacking a WOFF font', () => {
  it('gives a TrueType font with the same glyphs and metrics', () => {
    const woff = readFileSync(WOFF)
    const original = fontkit.create(woff) as fontkit.Font
    const unpacked = fontkit.create(woffToSfnt(woff)) as fontkit.Font
    expect(unpacked.type).toBe('TTF')
    expect(unpacked.familyName).toBe(original.familyName)
    expect(unpacked.numGlyphs).toBe(original.numGlyphs)
    expect(unpacked.unitsPerEm).toBe(original.unitsPerEm)
    for (const char of 'Señora Muñoz ¿¡') {
      const codePoint = char.codePointAt(0)!
      expect(unpacked.hasGlyphForCodePoint(codePoint), char).toBe(true)
      expect(unpacked.glyphForCodePoint(codePoint).advanceWidth).toBe(original.glyphForCodePoint(codePoint).advanceWidth)
    }
  })

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, clearly not a font file'))).toThrow('not a WOFF 1.0 font')
  })
})
