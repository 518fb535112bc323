import type { THandout } from '../handout/assemble'
import { stringsFor } from '../handout/strings'
import { contentWidthOf, printSizeOf } from './styles'
import { textWidth } from './text-width'

/** Space kept between the contact line and the page number. */
const GAP = 12
const MIN_FONT_SIZE = 8

/**
 * The footer's contact line, kept on one line left of the page number drawn on its right as the
 * PDF is closed (page-numbers.ts): a long line used to run under it ("555-0100Página 1 de 10"
 * in Spanish large print). The clinic's name, which the header already prints, goes first; the
 * size shrinks only when the shortest line still does not fit (a very long phone entry).
 */
export function footerLine(handout: THandout, fontSize: number): { text: string; fontSize: number } {
  const strings = stringsFor(handout.language)
  const { clinicName, clinicPhone } = handout.personal
  // Room beside the widest page number a handout prints.
  const room = contentWidthOf(printSizeOf(handout), handout.paper) - textWidth(strings.page(99, 99), fontSize) - GAP
  const lines = clinicPhone ? [strings.questionsCall(clinicName ?? strings.yourClinic, clinicPhone), strings.questionsCallNumber(clinicPhone)] : [clinicName ?? handout.title]
  const fitting = lines.find((line) => textWidth(line, fontSize) <= room)
  if (fitting) return { text: fitting, fontSize }
  const shortest = lines.at(-1)!
  // Width grows with size in proportion, so one division finds the size that fits.
  const fittingSize = Math.floor(((fontSize * room) / textWidth(shortest, fontSize)) * 10) / 10
  return { text: shortest, fontSize: Math.max(MIN_FONT_SIZE, fittingSize) }
}
