import { createHash } from 'node:crypto'
import type { Root } from 'mdast'
import type { TSection, TTopic } from '../content/read-topic'
import { addCounts, countText, gradeOf, readabilityOfTree, type TReadability } from '../content/readability'
import { combineSpanish, spanishReadabilityOfTree, spanishSyllables, type TSpanishReadability } from '../content/readability-es'
import type { TTranslatedSection } from '../content/read-translation'
import { oncePerKey } from '../once-per-key'
import { selectTeachBack } from './select-teach-back'
import { STRINGS, stringsFor, type THandoutLanguage } from './strings'
import type { TFit, TIllustration, TLineAdvice, TSectionKind } from '../content/schema'
import { pruneLines } from './prune-lines'
import type { THandoutRequest } from './request'

/** The parts of a handout, in reading order: what is happening, what to do now, prevention, advice for you, your causes, more, when to get help. */
const PARTS = [
  { id: 'understand', hasTitle: true, kinds: ['overview', 'comparison'] },
  { id: 'relief', hasTitle: true, kinds: ['relief'] },
  { id: 'prevention', hasTitle: true, kinds: ['prevention'] },
  { id: 'group', hasTitle: false, kinds: ['group'] },
  { id: 'causes', hasTitle: true, kinds: ['cause'] },
  { id: 'more', hasTitle: true, kinds: ['treatment', 'visit', 'questions'] },
  { id: 'help', hasTitle: false, kinds: ['red-flags'] },
] as const satisfies readonly { id: string; hasTitle: boolean; kinds: readonly TSectionKind[] }[]

export type THandoutPartId = (typeof PARTS)[number]['id']

export type THandoutSection = {
  id: string
  /** In the handout's first language: Spanish for Spanish and bilingual handouts. */
  title: string
  kind: TSectionKind
  body: Root
  /** Each with its caption in the handout's first language. */
  illustrations: { kind: TIllustration; caption: string }[]
  /** Bilingual handouts: the English text, printed after the Spanish. */
  english?: { title: string; body: Root }
}

export type THandoutPart = {
  id: THandoutPartId
  /** Undefined where the one section's own title says it all (group advice, when to get help). */
  title: string | undefined
  sections: THandoutSection[]
}

export type THandout = {
  topicId: string
  language: THandoutLanguage
  /** Short: the handout a patient reads, within the page budget. Full: the complete guide. */
  length: THandoutRequest['options']['length']
  title: string
  /** The one paragraph at the top: what this handout is for. */
  purpose: string
  group: { id: string; label: string }
  causes: { id: string; label: string }[]
  /** The optional sections asked for by id (the complete guide prints them all). */
  extras: string[]
  largePrint: boolean
  paper: THandoutRequest['options']['paper']
  personal: THandoutRequest['personal']
  /** The day it was made, YYYY-MM-DD. */
  date: string
  /** The box at the top of page 1: what this is, the few things to do, when to get help. */
  keyPoints: THandoutSection
  parts: THandoutPart[]
  /** The references of the sections used; empty when the clinician left sources out. */
  sources: TTopic['references']
  /** Changes whenever any section used changes. */
  contentVersion: string
  /** Section id -> hash, for the sections used. */
  sectionVersions: Record<string, string>
  /** Of the English the patient reads, the clinician's note included (Flesch-Kincaid grade). */
  readability: TReadability
  /** The public web version (/h/<id>) the PDF's QR code points to; set when the handout is made, not by the assembler. */
  webUrl?: string
  /**
   * The ids of the lines this short handout prints only if it keeps to its page budget with
   * them; made again tight (see fitToPageBudget), it prints none of them and this is empty.
   */
  ifRoomLines: string[]
  /** Questions for the clinician to ask, when asked for; `english` on bilingual handouts. */
  teachBack?: { id: string; question: string; english?: string }[]
  /** Of the Spanish the patient reads, note included (Fernández-Huerta ease); Spanish and bilingual handouts only. */
  spanishReadability?: TSpanishReadability
}

/** Whether a piece of advice fits this patient: see ZFit. */
export function fitsRequest(fit: TFit, { group, causes }: Pick<THandoutRequest, 'group' | 'causes'>): boolean {
  if (fit.notGroups.includes(group) || fit.notCauses.some((cause) => causes.includes(cause))) return false
  if (fit.groups.length === 0 && fit.causes.length === 0) return true
  return fit.groups.includes(group) || fit.causes.some((cause) => causes.includes(cause))
}

const isOnEveryHandout = (section: TSection) => section.kind === 'key-points' || section.kind === 'red-flags'

function isInLength(section: TSection, request: THandoutRequest): boolean {
  if (isOnEveryHandout(section)) return true
  if (section.optional) return request.options.length === 'full' || request.options.extras.includes(section.id)
  return request.options.length === 'full' || section.inShort
}

/**
 * The sections of a handout: those in its length that fit the patient, minus the general ones
 * a group section stands in for. Key points first; the rest in reading order.
 */
export function selectSections(topic: TTopic, request: THandoutRequest): TSection[] {
  const chosen = topic.sections.filter((section) => isInLength(section, request) && fitsRequest(section.appliesTo, request))
  const replaced = new Set(chosen.flatMap((section) => section.replaces))
  return chosen.filter((section) => !replaced.has(section.id))
}

/**
 * The declared lines each section prints: those that fit the patient and the length, minus
 * those another printed line replaces, and each id once (where it first appears). The key
 * points are a summary of what follows, so they do not count as saying it first. A tight short
 * handout (one that ran over its page budget) leaves out the lines marked ifRoom as well.
 */
export function selectLines(sections: readonly TSection[], request: THandoutRequest, { isTight = false } = {}): Map<string, Set<string>> {
  const isFull = request.options.length === 'full'
  const isCandidate = (line: TLineAdvice) => fitsRequest(line, request) && (isFull || (!line.full && !(isTight && line.ifRoom)))
  const replaced = new Set(sections.flatMap((section) => [...section.lines.values()].filter(isCandidate).flatMap((line) => line.replaces)))
  const printed = new Set<string>()
  const kept = new Map<string, Set<string>>()
  for (const section of sections) {
    const ids = new Set<string>()
    for (const line of section.lines.values()) {
      if (!isCandidate(line) || replaced.has(line.id) || printed.has(line.id)) continue
      ids.add(line.id)
      if (section.kind !== 'key-points') printed.add(line.id)
    }
    kept.set(section.id, ids)
  }
  return kept
}

/** Each section's own hash, so a saved template can tell which of its sections changed since. */
export function sectionVersionsOf(sections: readonly TSection[]): Record<string, string> {
  return Object.fromEntries(sections.map((section) => [section.id, section.hash]))
}

/** Changes when any section used changes, in any language printed. */
export function contentVersionOf(sections: readonly TSection[], translations: readonly ({ title: string; body: Root } | undefined)[] = []): string {
  const hash = createHash('sha256')
  for (const section of sections) hash.update(`${section.id}:${section.hash};`)
  for (const translation of translations) if (translation) hash.update(JSON.stringify([translation.title, translation.body]))
  return hash.digest('hex').slice(0, 16)
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function listInWords(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`
}

/**
 * Builds the handout a patient will read from a validated request and its topic.
 * Pure: the same request, topic and date always give the same handout.
 */
export function assembleHandout(request: THandoutRequest, topic: TTopic, { date, isTight = false }: { date: string; isTight?: boolean }): THandout {
  const { language } = request.options
  const spanish = language === 'en' ? undefined : topic.translations.es
  if (language !== 'en' && !spanish) throw new Error(`topic "${topic.id}" has no Spanish version; validate the request first`)
  const strings = stringsFor(language)
  const sections = selectSections(topic, request)
  const lines = selectLines(sections, request, { isTight })
  const group = topic.groups.find((candidate) => candidate.id === request.group)
  if (!group) throw new Error(`group "${request.group}" is not in topic "${topic.id}"; validate the request first`)
  const labelOf = (list: 'groups' | 'causes', item: { id: string; label: string }) => spanish?.[list].find((entry) => entry.id === item.id)?.label ?? item.label
  const causes = topic.causes.filter((cause) => request.causes.includes(cause.id)).map((cause) => ({ id: cause.id, label: labelOf('causes', cause) }))

  const basePurpose = spanish?.purpose ?? topic.purpose
  const purpose = causes.length ? `${basePurpose} ${strings.alsoCovers(listInWords(causes.map((cause) => lowerFirst(cause.label)), strings.and))}` : basePurpose
  const translated = (section: TSection) => spanish?.sections.get(section.id)
  const printedBody = (section: TSection, body: Root) => {
    const keep = lines.get(section.id)!
    return section.lines.size === 0 ? body : pruneLines(body, (id) => keep.has(id))
  }

  // Each drawing once: a later section that shows the same stretch points back to it in words.
  const drawn = new Set<TIllustration>()
  const toHandoutSection = (section: TSection): THandoutSection => {
    const other = translated(section)
    return {
      id: section.id,
      title: other?.title ?? section.title,
      kind: section.kind,
      body: printedBody(section, other?.body ?? section.body),
      illustrations: section.illustrations.filter((drawing) => !drawn.has(drawing) && drawn.add(drawing)).map((kind) => ({ kind, caption: strings.figureCaptions[kind] })),
      ...(language === 'bilingual' && { english: { title: section.title, body: printedBody(section, section.body) } }),
    }
  }
  const keyPointsSection = sections.find((section) => section.kind === 'key-points')
  if (!keyPointsSection) throw new Error(`topic "${topic.id}" has no key points; validate the topic first`)
  const bodySections = sections.filter((section) => section !== keyPointsSection)
  const parts = PARTS.map((part) => {
    const partSections = bodySections
      .filter((section) => (part.kinds as readonly TSectionKind[]).includes(section.kind))
      .map(toHandoutSection)
      // A section all of whose lines are for other patients or the complete guide is left out whole.
      .filter((section) => section.body.children.length > 0)
    // The short handout's section titles say it all; the complete guide groups its many sections
    // under part headings, unless one section's own title would only be repeated.
    const hasTitle = part.hasTitle && request.options.length === 'full' && partSections.length > 1
    return { id: part.id, title: hasTitle ? partTitle(part.id, language) : undefined, sections: partSections }
  }).filter((part) => part.sections.length > 0)

  const usedKeys = new Set(sections.flatMap((section) => [...section.sources, ...[...lines.get(section.id)!].flatMap((id) => section.lines.get(id)!.sources)]))
  const note = request.personal.note ? [countText(request.personal.note)] : []
  const counts = addCounts([englishPurposeCounts(topic.purpose), ...sections.map((section) => englishCounts(section, lines.get(section.id)!)), ...note])
  const spanishReadability = spanish
    ? combineSpanish([
        spanishPurposeCounts(spanish.purpose),
        ...sections.map((section) => spanishSectionCounts(section, translated(section), lines.get(section.id)!)),
        ...(request.personal.note ? [spanishCounts(request.personal.note)] : []),
      ])
    : undefined

  const teachBack = request.options.teachBack
    ? selectTeachBack(topic.teachBack, { ...request, isShort: request.options.length === 'short' }).map((question) => {
        const spanishQuestion = spanish?.teachBack.find((entry) => entry.id === question.id)?.question
        return { id: question.id, question: spanishQuestion ?? question.question, ...(language === 'bilingual' && { english: question.question }) }
      })
    : undefined

  return {
    topicId: topic.id,
    language,
    length: request.options.length,
    title: language === 'bilingual' ? `${spanish!.title} · ${topic.title}` : (spanish?.title ?? topic.title),
    purpose,
    group: { id: group.id, label: labelOf('groups', group) },
    causes,
    extras: request.options.extras,
    largePrint: request.options.largePrint,
    paper: request.options.paper,
    personal: request.personal,
    date,
    keyPoints: toHandoutSection(keyPointsSection),
    parts,
    sources: request.options.includeSources ? topic.references.filter((reference) => usedKeys.has(reference.key)) : [],
    contentVersion: contentVersionOf(sections, language === 'en' ? [] : sections.map((section) => translated(section))),
    sectionVersions: sectionVersionsOf(sections),
    readability: { ...counts, grade: gradeOf(counts) },
    ifRoomLines: request.options.length === 'short' ? sections.flatMap((section) => [...lines.get(section.id)!].filter((id) => section.lines.get(id)!.ifRoom)) : [],
    ...(spanishReadability && { spanishReadability }),
    ...(teachBack && { teachBack }),
  }
}

/** Part headings: Spanish and English together on a bilingual handout. */
function partTitle(id: keyof (typeof STRINGS)['en']['parts'], language: THandoutLanguage): string {
  if (language === 'bilingual') return `${STRINGS.es.parts[id]} · ${STRINGS.en.parts[id]}`
  return stringsFor(language).parts[id]
}

const spanishCounts = (text: string) => countText(text, spanishSyllables)

// A topic's purpose is the same sentence on every request, and parsing it for the count was a
// noticeable share of a request's time on the server's main thread: count each once per language.
const englishPurposeCounts = oncePerKey((purpose: string) => countText(purpose))
const spanishPurposeCounts = oncePerKey(spanishCounts)

// Readability of the lines a handout prints, counted once per section and set of lines: the
// combinations are few, and parsing the text again was most of an assembly's time.
const linesKey = (section: TSection, kept: ReadonlySet<string>) => `${section.id}:${section.hash}:${[...kept].join(',')}`
const englishCountsByLines = new Map<string, TReadability>()
function englishCounts(section: TSection, kept: ReadonlySet<string>): TReadability {
  if (section.lines.size === 0) return section.readability
  const key = linesKey(section, kept)
  let counts = englishCountsByLines.get(key)
  if (!counts) englishCountsByLines.set(key, (counts = readabilityOfTree(pruneLines(section.body, (id) => kept.has(id)))))
  return counts
}
const spanishCountsByLines = new Map<string, TSpanishReadability>()
function spanishSectionCounts(section: TSection, translation: TTranslatedSection | undefined, kept: ReadonlySet<string>): TSpanishReadability | TReadability {
  if (!translation) return englishCounts(section, kept)
  if (section.lines.size === 0) return translation.readability
  const key = linesKey(section, kept)
  let counts = spanishCountsByLines.get(key)
  if (!counts) spanishCountsByLines.set(key, (counts = spanishReadabilityOfTree(pruneLines(translation.body, (id) => kept.has(id)))))
  return counts
}
