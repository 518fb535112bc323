import { z } from 'zod'
import { oncePerKey } from '../once-per-key'
import { AppError, type TFieldProblem } from '../errors'
import type { TTopicLibrary } from '../content/load-topic'
import type { TTopic } from '../content/read-topic'
import { ZIsoDate } from '../content/schema'

import { FIRST_NAME_MAX_LENGTH, FOLLOW_UP_MAX_DAYS, isoDatePlusDays, NOTE_MAX_LENGTH } from './note-limits'
import { DEFAULT_OPTIONS, HANDOUT_LENGTHS, LANGUAGES, PAPER_SIZES } from './options'
import { unprintableTextProblem } from './printable-text'

export { FIRST_NAME_MAX_LENGTH, FOLLOW_UP_MAX_DAYS, isoDatePlusDays, NOTE_MAX_LENGTH }

/** Control characters (C0, DEL, C1) make PDFs and logs misbehave; tabs and newlines are kept in notes. */
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/g
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B\u2028\u2029\uFEFF]/g

function cleanText(value: string, allowNewlines: boolean): string {
  const cleaned = value.normalize('NFC').replace(allowNewlines ? CONTROL_EXCEPT_NEWLINE : CONTROL, allowNewlines ? '' : ' ')
  return allowNewlines
    ? cleaned.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/\n{3,}/g, '\n\n').trim()
    : cleaned.replace(/\s+/g, ' ').trim()
}

/** Free text from a person: cleaned first, then length-checked, and an empty result counts as absent. */
function ZPersonalText(max: number, { allowNewlines = false } = {}) {
  return z
    .string()
    .transform((value) => cleanText(value, allowNewlines))
    .pipe(z.string().max(max, `expected at most ${max} characters`))
    .superRefine((value, context) => {
      const problem = unprintableTextProblem(value)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })
    .transform((value) => (value === '' ? undefined : value))
    .optional()
}

export { HANDOUT_LENGTHS, PAPER_SIZES }

const ZOptionsBase = z.strictObject({
  largePrint: z.boolean().default(false),
  includeSources: z.boolean().default(true),
  /** English, Spanish, or each section in Spanish followed by English. */
  language: z.enum(LANGUAGES).default('en'),
  /** Questions the clinician asks to check the patient understood, with tick boxes. */
  teachBack: z.boolean().default(false),
  /** Ids of optional sections to add, such as the restless-legs comparison. */
  extras: z.array(z.string()).max(50).default([]),
  /** Short: what this patient needs, within the page budget. Full: the complete guide for them. */
  length: z.enum(HANDOUT_LENGTHS, { error: (issue) => `unknown length ${JSON.stringify(issue.input)}; expected one of: ${HANDOUT_LENGTHS.join(', ')}` }).default('short'),
  paper: z.enum(PAPER_SIZES, { error: (issue) => `unknown paper size ${JSON.stringify(issue.input)}; expected one of: ${PAPER_SIZES.join(', ')}` }).default('letter'),
})

/** The shape of a request, before the topic tells which groups, causes and parts exist. */
const ZHandoutRequestBase = z.strictObject({
  topic: z.string().default('leg-cramps'),
  group: z.string(),
  causes: z.array(z.string()).max(50).default([]),
  options: ZOptionsBase.default(DEFAULT_OPTIONS),
  personal: z
    .strictObject({
      patientFirstName: ZPersonalText(FIRST_NAME_MAX_LENGTH).refine(
        (value) => value === undefined || /^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u.test(value),
        'expected a first name: letters, spaces, hyphens or apostrophes',
      ),
      clinicianName: ZPersonalText(80),
      clinicName: ZPersonalText(100),
      clinicPhone: ZPersonalText(40).refine(
        (value) => value === undefined || /^[0-9+()./ -]+( (ext|x)\.? ?\d+)?$/i.test(value),
        'expected a phone number: digits, spaces and + ( ) - .',
      ),
      note: ZPersonalText(NOTE_MAX_LENGTH, { allowNewlines: true }),
      followUpDate: ZIsoDate.optional(),
    })
    .default({}),
})

function oneOf(values: readonly string[], what: string) {
  return z.enum(values as [string, ...string[]], {
    error: (issue) => `unknown ${what} ${JSON.stringify(issue.input)}; expected one of: ${values.join(', ')}`,
  })
}

function buildSchemaFor(topic: TTopic) {
  const extras = topic.sections.filter((section) => section.optional).map((section) => section.id)
  return ZHandoutRequestBase.extend({
    topic: z.literal(topic.id).default(topic.id),
    group: oneOf(topic.groups.map((group) => group.id), 'group'),
    causes: z
      .array(oneOf(topic.causes.map((cause) => cause.id), 'cause'))
      .max(topic.causes.length)
      .default([])
      .refine((causes) => new Set(causes).size === causes.length, 'expected each cause at most once'),
    options: ZOptionsBase.extend({
      language: z
        .enum(LANGUAGES, { error: (issue) => `unknown language ${JSON.stringify(issue.input)}; expected one of: ${LANGUAGES.join(', ')}` })
        .default('en')
        .refine((language) => language === 'en' || Boolean(topic.translations.es), 'this topic has no Spanish version yet; expected: en'),
      extras: z
        .array(oneOf(extras, 'optional part'))
        .default([])
        .refine((ids) => new Set(ids).size === ids.length, 'expected each optional part at most once'),
    }).default(DEFAULT_OPTIONS),
  }).superRefine((request, context) => {
    // A cause that cannot fit the group (pregnancy for a senior) would print advice for someone else.
    for (const cause of topic.causes) {
      if (request.causes.includes(cause.id) && cause.notGroups.includes(request.group)) {
        context.addIssue({ code: 'custom', path: ['causes'], message: `cause "${cause.id}" does not fit the group "${request.group}"; remove it or choose another group` })
      }
    }
  })
}

/**
 * The full schema for one topic: groups, causes and extras must be ones the topic has. Built
 * once per loaded topic, not per request: building it took two thirds of the time a request
 * spent being checked and assembled (0.28 → 0.09 ms).
 */
export const handoutRequestSchemaFor = oncePerKey(buildSchemaFor, new WeakMap())

export type THandoutRequest = z.infer<ReturnType<typeof handoutRequestSchemaFor>>
/** What a caller sends: defaults may be left out. */
export type THandoutRequestInput = z.input<typeof ZHandoutRequestBase>

function problemsOf(error: z.ZodError): TFieldProblem[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(request)', message: issue.message }))
}

function invalid(problems: TFieldProblem[]): AppError {
  return new AppError(
    'invalid_input',
    `Invalid handout request:\n${problems.map((problem) => `  ${problem.field}: ${problem.message}`).join('\n')}`,
    problems,
  )
}

/**
 * Validates a request from outside (form, API body, CLI flags) against the topic it names, and
 * its follow-up date against the handout's day (0001-01-01 and 9999-12-31 are typing slips).
 * Throws an `invalid_input` AppError whose problems name each field and the valid values.
 */
export function parseHandoutRequest(
  input: unknown,
  topics: TTopicLibrary,
  { date }: { date?: string } = {},
): { request: THandoutRequest; topic: TTopic } {
  const base = ZHandoutRequestBase.safeParse(input)
  if (!base.success) throw invalid(problemsOf(base.error))
  if (!topics.ids.includes(base.data.topic)) {
    throw invalid([{ field: 'topic', message: `unknown topic "${base.data.topic}"; expected one of: ${topics.ids.join(', ')}` }])
  }
  const topic = topics.load(base.data.topic)
  const full = handoutRequestSchemaFor(topic).safeParse(input)
  if (!full.success) throw invalid(problemsOf(full.error))
  const { followUpDate } = full.data.personal
  if (followUpDate && date) {
    const latest = isoDatePlusDays(date, FOLLOW_UP_MAX_DAYS)
    if (followUpDate < date || followUpDate > latest) throw invalid([{ field: 'personal.followUpDate', message: `must be from ${date} (today) to ${latest} (two years ahead)` }])
  }
  return { request: full.data, topic }
}
