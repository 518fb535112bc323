import { createHash } from 'node:crypto'
import type { Root } from 'mdast'
import type { TSection, TTopic } from '../content/read-topic'
import { addCounts, countText, gradeOf, type TReadability } from '../content/readability'
import { combineSpanish, spanishSyllables, type TSpanishReadability } from '../content/readability-es'
import { oncePerKey } from '../once-per-key'
import { selectTeachBack } from './select-teach-back'
import { STRINGS, stringsFor, type THandoutLanguage } from './strings'
import type { TIllustration, TSectionKind } from '../content/schema'
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
  /** False while any Spanish text used has not been checked by a qualified reviewer. */
  isTranslationReviewed: boolean
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
  /** Of the English the patient reads, the clinician's note included (Flesch-Kincaid grade). */
  readability: TReadability
  /** The public web version (/h/<id>) the PDF's QR code points to; set when the handout is made, not by the assembler. */
  webUrl?: string
  /** Questions for the clinician to ask, when asked for; `english` on bilingual handouts. */
  teachBack?: { id: string; question: string; english?: string }[]
  /** Of the Spanish the patient reads, note included (Fernández-Huerta ease); Spanish and bilingual handouts only. */
  spanishReadability?: TSpanishReadability
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

/** Changes when any section used changes, in any language printed. */
export function contentVersionOf(sections: readonly TSection[], translations: readonly ({ title: string; body: Root; clinicallyReviewed: boolean } | undefined)[] = []): string {
  const hash = createHash('sha256')
  for (const section of sections) hash.update(`${section.id}:${section.hash};`)
  for (const translation of translations) if (translation) hash.update(JSON.stringify([translation.title, translation.body, translation.clinicallyReviewed]))
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
export function assembleHandout(request: THandoutRequest, topic: TTopic, { date }: { date: string }): THandout {
  const { language } = request.options
  const spanish = language === 'en' ? undefined : topic.translations.es
  if (language !== 'en' && !spanish) throw new Error(`topic "${topic.id}" has no Spanish version; validate the request first`)
  const strings = stringsFor(language)
  const sections = selectSections(topic, request)
  const group = topic.groups.find((candidate) => candidate.id === request.group)
  if (!group) throw new Error(`group "${request.group}" is not in topic "${topic.id}"; validate the request first`)
  const labelOf = (list: 'groups' | 'causes', item: { id: string; label: string }) => spanish?.[list].find((entry) => entry.id === item.id)?.label ?? item.label
  const causes = topic.causes.filter((cause) => request.causes.includes(cause.id)).map((cause) => ({ id: cause.id, label: labelOf('causes', cause) }))

  const basePurpose = spanish?.purpose ?? topic.purpose
  const purpose = causes.length ? `${basePurpose} ${strings.alsoCovers(listInWords(causes.map((cause) => lowerFirst(cause.label)), strings.and))}` : basePurpose
  const translated = (section: TSection) => spanish?.sections.get(section.id)

  // Each drawing once: a later section that shows the same stretch points back to it in words.
  const drawn = new Set<TIllustration>()
  const toHandoutSection = (section: TSection): THandoutSection => {
    const other = translated(section)
    return {
      id: section.id,
      title: other?.title ?? section.title,
      kind: section.kind,
      body: other?.body ?? section.body,
      illustrations: section.illustrations.filter((drawing) => !drawn.has(drawing) && drawn.add(drawing)).map((kind) => ({ kind, caption: strings.figureCaptions[kind] })),
      ...(language === 'bilingual' && { english: { title: section.title, body: section.body } }),
    }
  }
  const parts = PARTS.map((part) => ({
    id: part.id,
    title: part.hasTitle ? partTitle(part.id, language) : undefined,
    sections: sections.filter((section) => (part.kinds as readonly TSectionKind[]).includes(section.kind)).map(toHandoutSection),
  })).filter((part) => part.sections.length > 0)

  const usedKeys = new Set(sections.flatMap((section) => section.sources))
  const note = request.personal.note ? [countText(request.personal.note)] : []
  const counts = addCounts([englishPurposeCounts(topic.purpose), ...sections.map((section) => section.readability), ...note])
  const spanishReadability = spanish
    ? combineSpanish([
        spanishPurposeCounts(spanish.purpose),
        ...sections.map((section) => translated(section)?.readability ?? section.readability),
        ...(request.personal.note ? [spanishCounts(request.personal.note)] : []),
      ])
    : undefined

  const teachBack = request.options.teachBack
    ? selectTeachBack(topic.teachBack, request).map((question) => {
        const spanishQuestion = spanish?.teachBack.find((entry) => entry.id === question.id)?.question
        return { id: question.id, question: spanishQuestion ?? question.question, ...(language === 'bilingual' && { english: question.question }) }
      })
    : undefined

  return {
    topicId: topic.id,
    language,
    isTranslationReviewed: !spanish || sections.every((section) => translated(section)?.clinicallyReviewed === true),
    title: language === 'bilingual' ? `${spanish!.title} · ${topic.title}` : (spanish?.title ?? topic.title),
    purpose,
    group: { id: group.id, label: labelOf('groups', group) },
    causes,
    largePrint: request.options.largePrint,
    personal: request.personal,
    date,
    parts,
    sources: request.options.includeSources ? topic.references.filter((reference) => usedKeys.has(reference.key)) : [],
    lastReviewed: sections.reduce((newest, section) => (section.reviewed > newest ? section.reviewed : newest), ''),
    contentVersion: contentVersionOf(sections, language === 'en' ? [] : sections.map((section) => translated(section))),
    sectionVersions: sectionVersionsOf(sections),
    readability: { ...counts, grade: gradeOf(counts) },
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
