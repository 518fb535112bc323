import type { TPrintedHandout } from './handout-model'
import { contentWidthOf } from './styles'
import { textWidth } from './text-width'

/** Space kept between the contact line and the page number. */
const GAP = 12
const MIN_FONT_SIZE = 8

/** "Page 2 of 3" in the handout's words: its template with the numbers put in. */
export const pageLabel = (pageOf: string, page: number, pages: number) => pageOf.replace('{page}', String(page)).replace('{pages}', String(pages))

/**
 * The footer's contact line, kept on one line left of the page number on its right: a long line
 * used to run under it ("555-0100Página 1 de 10" in Spanish large print). The clinic's name,
 * which the header already prints, goes first; the size shrinks only when the shortest line
 * still does not fit (a very long phone entry).
 */
export function footerLine(handout: TPrintedHandout, fontSize: number): { text: string; fontSize: number } {
  // Room beside the widest page number a handout prints.
  const room = contentWidthOf(handout.printSize, handout.paper) - textWidth(pageLabel(handout.words.pageOf, 99, 99), fontSize) - GAP
  const lines = handout.words.footerLines
  const fitting = lines.find((line) => textWidth(line, fontSize) <= room)
  if (fitting) return { text: fitting, fontSize }
  const shortest = lines.at(-1)!
  // Width grows with size in proportion, so one division finds the size that fits.
  const fittingSize = Math.floor(((fontSize * room) / textWidth(shortest, fontSize)) * 10) / 10
  return { text: shortest, fontSize: Math.max(MIN_FONT_SIZE, fittingSize) }
}
