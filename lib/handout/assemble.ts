import { createHash } from 'node:crypto'
import type { Root } from 'mdast'
import type { TSection, TTopic } from '../content/read-topic'
import { addCounts, countText, gradeOf, type TReadability } from '../content/readability'
import type { TIllustration, TSectionKind } from '../content/schema'
import type { THandoutRequest } from './request'

/** The parts of a handout, in reading order: what is happening, what to do now, prevention, advice for you, your causes, more, when to get help. */
const PARTS = [
  { id: 'understand', title: 'What is happening', kinds: ['overview', 'comparison'] },
  { id: 'relief', title: 'What to do when it starts', kinds: ['relief'] },
  { id: 'prevention', title: 'How to prevent it', kinds: ['prevention'] },
  { id: 'group', title: undefined, kinds: ['group'] },
  { id: 'causes', title: 'What may be causing yours', kinds: ['cause'] },
  { id: 'more', title: 'More to know', kinds: ['treatment', 'visit', 'questions'] },
  { id: 'help', title: undefined, kinds: ['red-flags'] },
] as const satisfies readonly { id: string; title: string | undefined; kinds: readonly TSectionKind[] }[]

export type THandoutPartId = (typeof PARTS)[number]['id']

export type THandoutSection = {
  id: string
  title: string
  kind: TSectionKind
  body: Root
  illustrations: TIllustration[]
}

export type THandoutPart = {
  id: THandoutPartId
  /** Undefined where the one section's own title says it all (group advice, when to get help). */
  title: string | undefined
  sections: THandoutSection[]
}

export type THandout = {
  topicId: string
  title: string
  /** The one paragraph at the top: what this handout is for. */
  purpose: string
  group: { id: string; label: string }
  causes: { id: string; label: string }[]
  largePrint: boolean
  personal: THandoutRequest['personal']
  /** The day it was made, YYYY-MM-DD. */
  date: string
  parts: THandoutPart[]
  /** The references of the sections used; empty when the clinician left sources out. */
  sources: { key: string; citation: string }[]
  /** The newest review date among the sections used. */
  lastReviewed: string
  /** Changes whenever any section used changes. */
  contentVersion: string
  /** Section id -> hash, for the sections used. */
  sectionVersions: Record<string, string>
  /** Of everything the patient reads, the clinician's note included. */
  readability: TReadability
}

function appliesTo(section: TSection, request: THandoutRequest): boolean {
  if (section.optional && !request.options.extras.includes(section.id)) return false
  const { groups, causes } = section.appliesTo
  if (groups.length === 0 && causes.length === 0) return true
  return groups.includes(request.group) || causes.some((cause) => request.causes.includes(cause))
}

/** The sections of a handout: those that apply, minus the general ones a group section stands in for. */
export function selectSections(topic: TTopic, request: THandoutRequest): TSection[] {
  const chosen = topic.sections.filter((section) => appliesTo(section, request))
  const replaced = new Set(chosen.flatMap((section) => section.replaces))
  return chosen.filter((section) => !replaced.has(section.id))
}

/** Each section's own hash, so a saved template can tell which of its sections changed since. */
export function sectionVersionsOf(sections: readonly TSection[]): Record<string, string> {
  return Object.fromEntries(sections.map((section) => [section.id, section.hash]))
}

export function contentVersionOf(sections: readonly TSection[]): string {
  const hash = createHash('sha256')
  for (const section of sections) hash.update(`${section.id}:${section.hash};`)
  return hash.digest('hex').slice(0, 16)
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/**
 * Builds the handout a patient will read from a validated request and its topic.
 * Pure: the same request, topic and date always give the same handout.
 */
export function assembleHandout(request: THandoutRequest, topic: TTopic, { date }: { date: string }): THandout {
  const sections = selectSections(topic, request)
  const group = topic.groups.find((candidate) => candidate.id === request.group)
  if (!group) throw new Error(`group "${request.group}" is not in topic "${topic.id}"; validate the request first`)
  const causes = topic.causes.filter((cause) => request.causes.includes(cause.id)).map(({ id, label }) => ({ id, label }))

  const purpose = causes.length
    ? `${topic.purpose} It also covers what may be causing yours: ${listInWords(causes.map((cause) => lowerFirst(cause.label)))}.`
    : topic.purpose

  // Each drawing once: a later section that shows the same stretch points back to it in words.
  const drawn = new Set<TIllustration>()
  const toHandoutSection = ({ id, title, kind, body, illustrations }: TSection): THandoutSection => ({
    id,
    title,
    kind,
    body,
    illustrations: illustrations.filter((drawing) => !drawn.has(drawing) && drawn.add(drawing)),
  })
  const parts = PARTS.map((part) => ({
    id: part.id,
    title: part.title,
    sections: sections.filter((section) => (part.kinds as readonly TSectionKind[]).includes(section.kind)).map(toHandoutSection),
  })).filter((part) => part.sections.length > 0)

  const usedKeys = new Set(sections.flatMap((section) => section.sources))
  const counts = addCounts([
    countText(purpose),
    ...sections.map((section) => section.readability),
    ...(request.personal.note ? [countText(request.personal.note)] : []),
  ])

  return {
    topicId: topic.id,
    title: topic.title,
    purpose,
    group: { id: group.id, label: group.label },
    causes,
    largePrint: request.options.largePrint,
    personal: request.personal,
    date,
    parts,
    sources: request.options.includeSources ? topic.references.filter((reference) => usedKeys.has(reference.key)) : [],
    lastReviewed: sections.reduce((newest, section) => (section.reviewed > newest ? section.reviewed : newest), ''),
    contentVersion: contentVersionOf(sections),
    sectionVersions: sectionVersionsOf(sections),
    readability: { ...counts, grade: gradeOf(counts) },
  }
}
