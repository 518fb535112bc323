import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { bodyFont, bodyFontTrueType } from '../src/fonts'
import { keepUnitsPerEm } from '../src/units-per-em'

type TFont = fontkit.Font & { head: { unitsPerEm: number } }

describe('unitsPerEm kept on each font', () => {
  it('reads the font’s own head table once, then answers from the font object', () => {
    keepUnitsPerEm(bodyFont())
    keepUnitsPerEm(bodyFont()) // a second install must not wrap the getter twice
    const font = fontkit.create(bodyFontTrueType()) as TFont
    const other = fontkit.create(bodyFontTrueType()) as TFont
    expect(Object.getOwnPropertyDescriptor(font, 'unitsPerEm')).toBeUndefined()
    expect(font.unitsPerEm).toBe(font.head.unitsPerEm)
    expect(Object.getOwnPropertyDescriptor(font, 'unitsPerEm')?.value).toBe(font.head.unitsPerEm)
    // Kept on that object only: another font reads its own table.
    expect(Object.getOwnPropertyDescriptor(other, 'unitsPerEm')).toBeUndefined()
    expect(other.unitsPerEm).toBe(other.head.unitsPerEm)
  })
})
