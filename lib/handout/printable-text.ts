import { unprintableIn } from '@handout-builder/handout-pdf'

const codePoints = (text: string) => [...text].map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')

/**
 * Why a text someone typed cannot go on a handout, naming each character no font of the PDF
 * has (an emoji, a rare script), or undefined when every character prints. Checked before
 * rendering, so nothing is ever printed as an empty box or a wrong letter.
 */
export function unprintableTextProblem(text: string): string | undefined {
  const unprintable = unprintableIn(text)
  if (unprintable.length === 0) return undefined
  const named = unprintable.map((character) => `"${character}" (${codePoints(character)})`).join(', ')
  return `cannot print ${named}; remove ${unprintable.length === 1 ? 'it' : 'them'}`
}
