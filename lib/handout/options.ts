/**
 * The choices a handout request's options allow, and their defaults: one place for the request
 * schema, saved templates and the builder's form (a client component, so nothing heavy here).
 */
export const LANGUAGES = ['en', 'es', 'bilingual'] as const
export const HANDOUT_LENGTHS = ['short', 'full'] as const
/** US Letter, or A4 for clinics that print on it; the page budget holds on both. */
export const PAPER_SIZES = ['letter', 'a4'] as const
export type TPaper = (typeof PAPER_SIZES)[number]
/** How the forms name each paper, in PAPER_SIZES order. */
export const PAPER_CHOICES = [
  { id: 'letter', label: 'Letter (US)' },
  { id: 'a4', label: 'A4' },
] as const satisfies readonly { id: TPaper; label: string }[]

/** How the forms name each language, in LANGUAGES order. */
export const LANGUAGE_CHOICES = [
  { id: 'en', label: 'English' },
  { id: 'es', label: 'Español (Spanish)' },
  { id: 'bilingual', label: 'Both: Spanish, then English' },
] as const satisfies readonly { id: (typeof LANGUAGES)[number]; label: string }[]

export const DEFAULT_OPTIONS = {
  largePrint: false,
  includeSources: true,
  extras: [] as string[],
  language: 'en' as (typeof LANGUAGES)[number],
  teachBack: false,
  length: 'short' as (typeof HANDOUT_LENGTHS)[number],
  paper: 'letter' as TPaper,
}

/** A clinic's stored paper as the option it is; the column is text, written only through ZClinicDetails. */
export const paperOf = (stored: string): TPaper => PAPER_SIZES.find((paper) => paper === stored) ?? 'letter'

/** What a saved choice of options makes, in a line: "Spanish · short handout · large print · teach-back · A4". */
export function optionsSummary(options: Pick<typeof DEFAULT_OPTIONS, 'language' | 'length' | 'largePrint' | 'teachBack' | 'paper'>): string {
  const language = { en: 'English', es: 'Spanish', bilingual: 'Spanish and English' }[options.language]
  const length = options.length === 'full' ? 'complete guide' : 'short handout'
  const paper = PAPER_CHOICES.find((choice) => choice.id === options.paper)?.label ?? options.paper
  return [language, length, options.largePrint && 'large print', options.teachBack && 'teach-back', paper].filter(Boolean).join(' · ')
}
