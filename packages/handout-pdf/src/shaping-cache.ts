import type * as fontkit from 'fontkit'
import { isPrivate } from './private-texts'

type TLayout = (this: object, text: string, ...rest: unknown[]) => { glyphs: unknown[] }

/** The whole library in every language and print size holds about 4 MB of runs (measured). Cleared when full. */
const MAX_RUNS = 8_000
const cachedRuns = new Map<string, { glyphs: unknown[] }>()
// By the font's name, not its object: one face can be parsed into several objects (react-pdf's,
// and the one the footer is measured with), and keying by object once grew the cache by a whole
// font's runs with every PDF.
export const fontIdentity = (font: { postscriptName?: string; numGlyphs?: number }) => `${font.postscriptName ?? ''}|${font.numGlyphs ?? 0}`
/**
 * Shaping a paragraph (fontkit's `layout`: GSUB/GPOS lookups, kerning) gives the same glyphs
 * every time for the same font and text. It was the largest single cost in the render
 * profile, and the same guide sections recur in every handout, laid out again each time
 * react-pdf splits a page. So each run's result is kept, per font, in memory only; the
 * caller gets its own copy of the glyph list. Runs that hold a patient's name or note are
 * shaped every time and never kept.
 */
export function installShapingCache(font: fontkit.Font): void {
  const prototype = Object.getPrototypeOf(font) as { layout: TLayout & { isCaching?: true } }
  if (prototype.layout.isCaching) return
  const shape = prototype.layout
  const layout = function (this: object, text: string, ...rest: unknown[]) {
    if (typeof text !== 'string' || isPrivate(text)) return shape.call(this, text, ...rest)
    const key = `${fontIdentity(this)}\u0000${JSON.stringify(rest)}\u0000${text}`
    let run = cachedRuns.get(key)
    if (!run) {
      run = shape.call(this, text, ...rest)
      if (cachedRuns.size >= MAX_RUNS) cachedRuns.clear()
      cachedRuns.set(key, run)
    }
    // Same class (its getters stay), own glyph array: react-pdf may swap glyphs in place.
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as object, run, { glyphs: run.glyphs.slice() })
  }
  prototype.layout = Object.assign(layout, { isCaching: true as const })
}

/** Every text the cache holds, for the test that no patient's name or note is among them. */
export function cachedTexts(): string[] {
  return [...cachedRuns.keys()].map((key) => key.slice(key.lastIndexOf('\u0000') + 1))
}
