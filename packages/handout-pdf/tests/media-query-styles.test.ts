import resolveStyles from '@react-pdf/stylesheet'
import { describe, expect, it } from 'vitest'

const NARROW = { width: 300, height: 800, orientation: 'portrait' as const, dpi: 72, remBase: 18 }
const WIDE = { ...NARROW, width: 600 }

describe("react-pdf's style resolution (patches/@react-pdf+stylesheet)", () => {
  it('applies media queries where they stand among the other properties, and keeps their order', () => {
    const style = { color: 'red', '@media max-width: 400': { color: 'blue', fontSize: 10 }, margin: 4, textAlign: 'center' as const }
    const narrow = resolveStyles(NARROW, style)
    expect(narrow).toMatchObject({ color: 'blue', fontSize: 10, marginTop: 4, marginLeft: 4, textAlign: 'center' })
    expect(Object.keys(narrow).slice(0, 2)).toEqual(['color', 'fontSize'])
    const wide = resolveStyles(WIDE, style)
    expect(wide).toMatchObject({ color: 'red', marginTop: 4, textAlign: 'center' })
    expect(wide).not.toHaveProperty('fontSize')
  })

  it('resolves a list of styles, later ones winning, without media queries', () => {
    expect(resolveStyles(NARROW, [{ fontSize: 12, color: 'black' }, undefined, { fontSize: 14 }])).toEqual({ fontSize: 14, color: 'black' })
  })
})
