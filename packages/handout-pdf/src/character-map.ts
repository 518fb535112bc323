import { inflateSync } from 'node:zlib'

const WOFF_SIGNATURE = 0x774f4646 // "wOFF"
const CMAP = 0x636d6170 // "cmap"

/**
 * The characters a WOFF 1.0 font has glyphs for, read from its character map (formats 4 and 12)
 * alone. Checking what a request can print runs on the server's main thread, which never loads
 * the PDF renderer nor fontkit (tests/pdf/thread-imports.test.ts); this reads one small table.
 * @see https://learn.microsoft.com/en-us/typography/opentype/spec/cmap
 */
export function charactersOf(woff: Buffer): Set<number> {
  if (woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font')
  const tables = woff.readUInt16BE(12)
  let cmap: Buffer | undefined
  for (let index = 0; index < tables && !cmap; index++) {
    const entry = 44 + index * 20
    if (woff.readUInt32BE(entry) !== CMAP) continue
    const stored = woff.subarray(woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 4) + woff.readUInt32BE(entry + 8))
    cmap = woff.readUInt32BE(entry + 8) < woff.readUInt32BE(entry + 12) ? inflateSync(stored) : stored
  }
  if (!cmap) throw new Error('font has no character map')
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, index) => cmap.readUInt32BE(4 + index * 8 + 4))
  const characters = new Set<number>()
  const full = subtables.find((offset) => cmap.readUInt16BE(offset) === 12)
  if (full !== undefined) {
    const groups = cmap.readUInt32BE(full + 12)
    for (let group = 0; group < groups; group++) {
      const at = full + 16 + group * 12
      for (let code = cmap.readUInt32BE(at); code <= cmap.readUInt32BE(at + 4); code++) characters.add(code)
    }
    return characters
  }
  const basic = subtables.find((offset) => cmap.readUInt16BE(offset) === 4)
  if (basic === undefined) throw new Error('font has no Unicode character map (format 4 or 12)')
  const segments = cmap.readUInt16BE(basic + 6) / 2
  const ends = basic + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let segment = 0; segment < segments; segment++) {
    const end = cmap.readUInt16BE(ends + segment * 2)
    const start = cmap.readUInt16BE(starts + segment * 2)
    const delta = cmap.readInt16BE(deltas + segment * 2)
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + segment * 2)
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const glyph = rangeOffset === 0 ? (code + delta) & 0xffff : glyphAt(cmap, rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2, delta)
      if (glyph !== 0) characters.add(code)
    }
  }
  return characters
}

function glyphAt(cmap: Buffer, at: number, delta: number): number {
  const glyph = cmap.readUInt16BE(at)
  return glyph === 0 ? 0 : (glyph + delta) & 0xffff
}
