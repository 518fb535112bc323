import { fleschKincaid } from 'flesch-kincaid'
import type { Nodes as MdastNodes, Root } from 'mdast'
import { ParseEnglish } from 'parse-english'
import { syllable } from 'syllable'

export type TReadability = {
  grade: number
  words: number
  sentences: number
  syllables: number
}

const englishParser = new ParseEnglish()

type NlcstNode = { type: string; value?: string; children?: NlcstNode[] }

function nlcstText(node: NlcstNode): string {
  return node.value ?? (node.children ?? []).map(nlcstText).join('')
}

function collect(node: NlcstNode, type: string, into: NlcstNode[] = []): NlcstNode[] {
  if (node.type === type) into.push(node)
  for (const child of node.children ?? []) collect(child, type, into)
  return into
}

function mdastText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return node.children.map((child) => mdastText(child as MdastNodes)).join('')
  return ''
}

/**
 * The units a reader meets as sentences: paragraphs and table cells. A bullet without a
 * full stop is still one sentence to its reader, so each block is parsed on its own
 * rather than run together. Headings are left out: they are labels, not prose.
 */
export function textBlocks(node: MdastNodes, into: string[] = []): string[] {
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    into.push(mdastText(node))
    return into
  }
  if (node.type === 'heading' || node.type === 'yaml') return into
  if ('children' in node) for (const child of node.children) textBlocks(child as MdastNodes, into)
  return into
}

/** Counts for plain text; a word is a token with at least one letter. English syllables unless told otherwise. */
export function countText(text: string, countSyllables: (word: string) => number = syllable): Omit<TReadability, 'grade'> {
  const tree = englishParser.parse(text) as unknown as NlcstNode
  const sentences = collect(tree, 'SentenceNode').filter(
    (sentence) => collect(sentence, 'WordNode').length > 0,
  )
  let words = 0
  let syllables = 0
  for (const word of collect(tree, 'WordNode')) {
    const value = nlcstText(word)
    if (!/\p{L}/u.test(value)) continue
    words += 1
    syllables += countSyllables(value)
  }
  return { words, sentences: sentences.length, syllables }
}

export function gradeOf(counts: Omit<TReadability, 'grade'>): number {
  if (counts.words === 0 || counts.sentences === 0) return 0
  const grade = fleschKincaid({
    sentence: counts.sentences,
    word: counts.words,
    syllable: counts.syllables,
  })
  return Math.round(grade * 10) / 10
}

export function addCounts(parts: readonly Omit<TReadability, 'grade'>[]): Omit<TReadability, 'grade'> {
  return parts.reduce(
    (sum, part) => ({
      words: sum.words + part.words,
      sentences: sum.sentences + part.sentences,
      syllables: sum.syllables + part.syllables,
    }),
    { words: 0, sentences: 0, syllables: 0 },
  )
}

/** Flesch-Kincaid grade of a Markdown tree's prose. */
export function readabilityOfTree(tree: Root): TReadability {
  const counts = addCounts(textBlocks(tree).map((block) => countText(block)))
  return { ...counts, grade: gradeOf(counts) }
}

export function readabilityOfText(text: string): TReadability {
  const counts = countText(text)
  return { ...counts, grade: gradeOf(counts) }
}
