import { Font } from '@react-pdf/renderer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BODY_FONT, registerFonts, SYMBOL_FONT } from '../src/fonts'
import { renderHandoutPdf } from '../src/render-handout-pdf'
import { handoutNamed } from './support/handouts'
import { readPdf } from './support/read-pdf'

const faceOf = ({ fontFamily, fontStyle, fontWeight }: { fontFamily: string; fontStyle?: string; fontWeight?: string | number }) =>
  `${fontFamily}/${fontStyle ?? ''}/${fontWeight ?? ''}`

describe("react-pdf's font loading while laying out (patches/@react-pdf+layout)", () => {
  afterEach(() => vi.restoreAllMocks())

  it('asks the font store once per face in each of its two asset passes, not once per text node', async () => {
    registerFonts()
    const load = vi.spyOn(Font, 'load')
    const { bytes: pdf } = await renderHandoutPdf(handoutNamed('diabetic, bilingual, large print, complete guide'))
    const faces = new Set(load.mock.calls.map(([descriptor]) => faceOf(descriptor)))
    // Regular and bold body text, and the symbol font behind them: a handful of faces, each still
    // loaded. Unpatched, every text node asked: thousands of calls.
    expect(faces).toEqual(new Set([BODY_FONT, SYMBOL_FONT].flatMap((family) => [`${family}//`, `${family}//700`])))
    expect(load.mock.calls.length).toBeLessThanOrEqual(2 * faces.size)
    expect((await readPdf(pdf)).pages.length).toBeGreaterThan(5)
  })
})
