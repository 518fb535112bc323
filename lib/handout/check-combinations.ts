import type { ListItem, Root, RootContent } from 'mdast'
import type { TTopic } from '../content/read-topic'
import { oncePerKey } from '../once-per-key'
import { assembleHandout, fitsRequest, type THandout } from './assemble'
import { CAUSES_IN_PAGE_BUDGET } from './page-budget'
import { handoutRequestSchemaFor, HANDOUT_LENGTHS, type THandoutRequest } from './request'

/** Every declared pair of advice that must never print together, read once per topic. */
const conflictsOf = oncePerKey(
  (topic: TTopic): (readonly [string, string])[] =>
    topic.sections.flatMap((section) => [
      ...section.conflicts.map((other) => [section.id, other] as const),
      ...[...section.lines.values()].flatMap((line) => line.conflicts.map((other) => [line.id, other] as const)),
    ]),
  new WeakMap(),
)

/** Key points sum up what follows: they may say again what a section says, and nothing else may. */
const SUMMARY_KIND = 'key-points'
const KEY_POINTS_ITEMS = { min: 3, max: 5 }

function subsetsUpTo<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [[]]
  for (const item of items) for (const subset of [...out]) if (subset.length < size) out.push([...subset, item])
  return out
}

/**
 * Every request the page budget speaks for: each group, every set of up to three causes that
 * fits it, teach-back on and off, no optional parts or all of them, each language and length.
 */
export function* combinationsOf(topic: TTopic): Generator<THandoutRequest> {
  const schema = handoutRequestSchemaFor(topic)
  const languages = topic.translations.es ? (['en', 'es', 'bilingual'] as const) : (['en'] as const)
  const allExtras = topic.sections.filter((section) => section.optional).map((section) => section.id)
  for (const group of topic.groups) {
    for (const causes of subsetsUpTo(topic.causes.filter((cause) => !cause.notGroups.includes(group.id)).map((cause) => cause.id), CAUSES_IN_PAGE_BUDGET)) {
      for (const teachBack of [false, true]) {
        for (const extras of [[], allExtras]) {
          for (const language of languages) {
            for (const length of HANDOUT_LENGTHS) {
              yield schema.parse({ topic: topic.id, group: group.id, causes, options: { teachBack, extras, language, length } })
            }
          }
        }
      }
    }
  }
}

export const describeRequest = ({ group, causes, options }: THandoutRequest) =>
  `${group}; causes: ${causes.join(', ') || '(none)'}; ${options.length}; ${options.language}; teach-back ${options.teachBack ? 'on' : 'off'}; extras ${options.extras.length ? 'all' : 'none'}`

/** One printed line; `isStep` when it is a list item (the key points' steps), not a paragraph. */
type TPrinted = { sectionId: string; kind: string; adviceId: string | undefined; text: string; isStep: boolean }

function textOf(node: RootContent | ListItem): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('')
  return ''
}

/** The paragraphs and list items a section prints, each with the declared line it is, if any. */
function printedLines(section: { id: string; kind: string; body: Root }): TPrinted[] {
  const lines: TPrinted[] = []
  const visit = (nodes: readonly (RootContent | ListItem)[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'listItem') {
        const paragraph = node.type === 'paragraph' ? node : node.children.find((child) => child.type === 'paragraph')
        lines.push({ sectionId: section.id, kind: section.kind, adviceId: node.data?.adviceId, text: paragraph ? textOf(paragraph).trim() : '', isStep: node.type === 'listItem' })
      }
      // A list item's own paragraph is the item; only a list inside it holds more lines.
      if (node.type === 'list') visit(node.children)
      if (node.type === 'listItem') visit(node.children.filter((child) => child.type === 'list'))
    }
  }
  visit(section.body.children)
  return lines
}

const normalized = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * What is wrong with one assembled handout, each problem naming the lines it is about. Reads the
 * English where the handout has it, on which every language's choice of lines is made.
 */
export function problemsOfHandout(topic: TTopic, request: THandoutRequest, handout: THandout): string[] {
  const problems: string[] = []
  const sectionsById = new Map(topic.sections.map((section) => [section.id, section]))

  const englishOf = (section: THandout['keyPoints']) => ({ id: section.id, kind: section.kind, body: section.english?.body ?? section.body })
  const printedSections = [handout.keyPoints, ...handout.parts.flatMap((part) => part.sections)].map(englishOf)
  const printed = printedSections.flatMap(printedLines)
  const printedIds = new Set([...printed.flatMap((line) => (line.adviceId ? [line.adviceId] : [])), ...printedSections.map((section) => section.id)])
  const quote = (line: TPrinted) => `"${line.text.slice(0, 60)}" (${line.sectionId}${line.adviceId ? `, ${line.adviceId}` : ''})`

  for (const section of printedSections) {
    const declared = sectionsById.get(section.id)!
    if (!fitsRequest(declared.appliesTo, request)) problems.push(`section ${section.id} does not fit this patient but was printed`)
    if (printedLines(section).length === 0) problems.push(`section ${section.id} prints a title with nothing under it`)
  }
  for (const line of printed) {
    if (!line.adviceId) continue
    const declaration = sectionsById.get(line.sectionId)!.lines.get(line.adviceId)!
    if (!fitsRequest(declaration, request)) problems.push(`${quote(line)} does not fit this patient but was printed`)
    if (declaration.full && request.options.length === 'short') problems.push(`${quote(line)} belongs to the complete guide but was printed in a short handout`)
  }

  for (const [one, other] of conflictsOf(topic)) {
    if (printedIds.has(one) && printedIds.has(other)) {
      const find = (id: string) => printed.find((line) => line.adviceId === id) ?? printed.find((line) => line.sectionId === id)
      problems.push(`${quote(find(one)!)} conflicts with ${quote(find(other)!)}, and both were printed`)
    }
  }

  const body = printed.filter((line) => line.kind !== SUMMARY_KIND)
  const seenIds = new Map<string, TPrinted>()
  const seenTexts = new Map<string, TPrinted>()
  for (const line of body) {
    const earlier = (line.adviceId && seenIds.get(line.adviceId)) || seenTexts.get(normalized(line.text))
    if (earlier) problems.push(`${quote(line)} repeats ${quote(earlier)}`)
    if (line.adviceId) seenIds.set(line.adviceId, line)
    if (line.text) seenTexts.set(normalized(line.text), line)
  }

  if (!printedSections.some((section) => section.kind === 'red-flags')) problems.push('no "when to get help" section')
  const group = topic.groups.find((candidate) => candidate.id === request.group)!
  const safety = [...group.safety.map((id) => [id, `group ${group.id}`] as const), ...topic.causes.filter((cause) => request.causes.includes(cause.id)).flatMap((cause) => cause.safety.map((id) => [id, `cause ${cause.id}`] as const))]
  for (const [id, whose] of safety) if (!printedIds.has(id)) problems.push(`the safety advice "${id}" of ${whose} is missing`)

  const keyPoints = printedLines(englishOf(handout.keyPoints)).filter((line) => line.adviceId && line.isStep)
  if (keyPoints.length < KEY_POINTS_ITEMS.min || keyPoints.length > KEY_POINTS_ITEMS.max) {
    problems.push(`the key points list ${keyPoints.length} steps (${keyPoints.map((line) => line.adviceId).join(', ')}); expected ${KEY_POINTS_ITEMS.min} to ${KEY_POINTS_ITEMS.max}`)
  }
  return problems
}

/** Each distinct problem once, with how many combinations have it and the first that does. */
export type TCombinationReport = { combinations: number; problems: { problem: string; count: number; firstRequest: string }[] }

/** Assembles every combination and collects what is wrong, naming the combination and the lines. */
export function checkCombinations(topic: TTopic, { date = '2026-01-01' }: { date?: string } = {}): TCombinationReport {
  const problems = new Map<string, { problem: string; count: number; firstRequest: string }>()
  let combinations = 0
  for (const request of combinationsOf(topic)) {
    combinations += 1
    for (const problem of problemsOfHandout(topic, request, assembleHandout(request, topic, { date }))) {
      const seen = problems.get(problem)
      if (seen) seen.count += 1
      else problems.set(problem, { problem, count: 1, firstRequest: describeRequest(request) })
    }
  }
  return { combinations, problems: [...problems.values()] }
}
