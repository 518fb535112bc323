import type { TPrintedHandout, TPrintedSection, TPrintSize } from '@handout-builder/handout-pdf'
import { FIGURE_VIEWBOX, STRETCH_FIGURES } from '../drawings/stretch-figures'
import type { THandout, THandoutSection } from './assemble'
import { STRINGS, stringsFor, type TStrings } from './strings'

/** Body text at 12 pt, 14 pt for seniors (the content guide), 18 pt in large print. */
export function printSizeOf(handout: Pick<THandout, 'largePrint' | 'group'>): TPrintSize {
  if (handout.largePrint) return 'large'
  return handout.group.id === 'senior' ? 'senior' : 'standard'
}

const printedSection = (section: THandoutSection): TPrintedSection => ({
  id: section.id,
  title: section.title,
  body: section.body,
  illustrations: section.illustrations.map(({ kind, caption }) => ({ caption, figure: { ...FIGURE_VIEWBOX, shapes: STRETCH_FIGURES[kind] } })),
  ...(section.english && { english: section.english }),
})

/**
 * What the PDF renderer prints of a handout: its sections, the drawings they show, and every
 * word around them already in the handout's language. Pure, like the assembler.
 */
export function printedHandoutOf(handout: THandout): TPrintedHandout {
  const strings = stringsFor(handout.language)
  const { patientFirstName, clinicianName, clinicName, clinicPhone, note, followUpDate } = handout.personal
  const bilingual = (pick: (words: TStrings) => string) => (handout.language === 'bilingual' ? `${pick(STRINGS.es)} · ${pick(STRINGS.en)}` : pick(strings))
  return {
    title: handout.title,
    subject: handout.purpose,
    keywords: [handout.topicId, handout.group.id, ...handout.causes.map((cause) => cause.id)],
    locale: handout.language === 'en' ? 'en-US' : 'es-US',
    printSize: printSizeOf(handout),
    paper: handout.paper,
    length: handout.length,
    personal: { patientFirstName, clinicianName, clinicName, clinicPhone, note },
    keyPoints: printedSection(handout.keyPoints),
    parts: handout.parts.map((part) => ({ id: part.id, title: part.title, sections: part.sections.map(printedSection), isHelp: part.id === 'help' })),
    ...(handout.teachBack && { teachBack: handout.teachBack }),
    sources: handout.sources.map(({ short, citation }) => ({ short, citation })),
    ...(handout.webUrl && { webUrl: handout.webUrl }),
    words: {
      // One line under the title: for whom, from which clinic, when.
      byline: [patientFirstName && strings.preparedFor(patientFirstName), clinicName, strings.formatDate(handout.date)].filter(Boolean).join('  ·  '),
      keyPointsTitle: bilingual((words) => words.keyPoints),
      ...(clinicPhone && { keyPointsCall: strings.keyPointsCall(clinicPhone) }),
      noteLabel: strings.noteFrom(clinicianName),
      ...(followUpDate && { nextVisit: strings.nextVisit(strings.formatDate(followUpDate)) }),
      teachBackTitle: bilingual((words) => words.parts.teachBack),
      teachBackIntro: strings.teachBackIntro,
      sourcesLabel: strings.sources,
      contentVersion: strings.contentVersion(handout.contentVersion.slice(0, 8)),
      webVersion: strings.webVersion,
      footerLines: clinicPhone ? [strings.questionsCall(clinicName ?? strings.yourClinic, clinicPhone), strings.questionsCallNumber(clinicPhone)] : [clinicName ?? handout.title],
      pageOf: strings.pageOf,
    },
  }
}
