import type * as fontkit from 'fontkit'

type TGetter = (this: object) => number

/**
 * react-pdf scales every glyph run by the font's `unitsPerEm`, and fontkit answers each read
 * through two getters and a table lookup: together about 2% of a render in the profile. The
 * value never changes for a font, so the first read keeps it on the font object itself.
 */
export function keepUnitsPerEm(font: fontkit.Font): void {
  let prototype = Object.getPrototypeOf(font) as object | null
  while (prototype && !Object.getOwnPropertyDescriptor(prototype, 'unitsPerEm')) prototype = Object.getPrototypeOf(prototype) as object | null
  const read = prototype && (Object.getOwnPropertyDescriptor(prototype, 'unitsPerEm')?.get as (TGetter & { isKept?: true }) | undefined)
  if (!prototype || !read || read.isKept) return
  const keep = function (this: object) {
    const value = read.call(this)
    Object.defineProperty(this, 'unitsPerEm', { value })
    return value
  }
  Object.defineProperty(prototype, 'unitsPerEm', { configurable: true, get: Object.assign(keep, { isKept: true as const }) })
}
