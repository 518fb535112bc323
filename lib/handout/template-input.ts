import { z } from 'zod'
import type { TTopicLibrary } from '../content/load-topic'
import { AppError, type TFieldProblem } from '../errors'
import { FOLLOW_UP_MAX_DAYS, isoDatePlusDays, parseHandoutRequest, type THandoutRequest } from './request'
import { DEFAULT_OPTIONS } from './options'

const ZTemplateMeta = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  isShared: z.boolean().default(false),
  followUpDays: z.number().int('must be a whole number of days').min(1, 'must be at least 1 day').max(FOLLOW_UP_MAX_DAYS, `must be at most ${FOLLOW_UP_MAX_DAYS} days (two years)`).nullable().default(null),
})

/** A template's id as routes and actions take it: text, never a query object such as `{"not": ""}`. */
export const ZTemplateId = z.string({ error: 'expected a template id' }).min(1, 'expected a template id').max(64, 'expected a template id')

/** The version an edit was made from: a whole number the database can hold (a 32-bit Int), never a filter such as `{"gte": 0}`. */
export const ZTemplateVersion = z
  .number({ error: 'expected a whole number' })
  .int('expected a whole number')
  .min(1, 'must be at least 1')
  .max(2_147_483_647, 'must be at most 2147483647')

const ZTemplateRef = z.strictObject({ templateId: ZTemplateId, expectedVersion: ZTemplateVersion.optional() })

/** A template reference checked before any query uses it; each problem names its field. */
export function parseTemplateRef(ref: { templateId: unknown; expectedVersion?: unknown }): z.infer<typeof ZTemplateRef> {
  const parsed = ZTemplateRef.safeParse(ref)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(template)', message: issue.message }))
    throw new AppError('invalid_input', `Invalid template reference:\n${problems.map((p) => `  ${p.field}: ${p.message}`).join('\n')}`, problems)
  }
  return parsed.data
}

const REQUEST_KEYS = ['topic', 'group', 'causes', 'options', 'defaultNote'] as const
const ALLOWED_KEYS = new Set<string>([...Object.keys(ZTemplateMeta.shape), ...REQUEST_KEYS])

export type TTemplateInput = z.infer<typeof ZTemplateMeta> & {
  request: Omit<THandoutRequest, 'personal'>
  defaultNote: string | null
}

/**
 * A template is everything the builder chooses except the patient: validated with the same
 * schema as a handout request, so a template can never hold a choice a handout would refuse.
 */
export function parseTemplateInput(input: unknown, topics: TTopicLibrary): TTemplateInput {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('invalid_input', 'Invalid template', [{ field: '(template)', message: 'expected an object' }])
  }
  const record = input as Record<string, unknown>
  const problems: TFieldProblem[] = Object.keys(record)
    .filter((key) => !ALLOWED_KEYS.has(key))
    .map((key) => ({ field: key || '(empty key)', message: 'is not a template field' }))
  const meta = ZTemplateMeta.safeParse(record)
  if (!meta.success) problems.push(...meta.error.issues.map((issue) => ({ field: issue.path.join('.') || '(template)', message: issue.message })))
  let request: THandoutRequest | undefined
  try {
    const { topic, group, causes, options, defaultNote } = record
    request = parseHandoutRequest({ topic, group, causes, options, personal: defaultNote === undefined || defaultNote === null ? {} : { note: defaultNote } }, topics).request
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    problems.push(...error.problems.map((problem) => ({ ...problem, field: problem.field === 'personal.note' ? 'defaultNote' : problem.field })))
  }
  if (problems.length > 0 || !meta.success || !request) {
    throw new AppError('invalid_input', `Invalid template:\n${problems.map((p) => `  ${p.field}: ${p.message}`).join('\n')}`, problems)
  }
  const { personal, ...choices } = request
  return { ...meta.data, request: choices, defaultNote: personal.note ?? null }
}

/**
 * A saved template's options as the forms show them: an option saved before it existed takes
 * its default, as the handout request does (a template saved before the length choice is short).
 */
export function templateOptionsOf(options: unknown): THandoutRequest['options'] {
  const saved = typeof options === 'object' && options !== null && !Array.isArray(options) ? options : {}
  return { ...DEFAULT_OPTIONS, ...saved } as THandoutRequest['options']
}

/** The handout request a template makes for one patient on one day. */
export function templateToRequestInput(
  template: { topic: string; group: string; causes: unknown; options: unknown; defaultNote: string | null; followUpDays: number | null },
  { patientFirstName, date }: { patientFirstName?: string; date: string },
) {
  const followUpDate = template.followUpDays === null ? undefined : isoDatePlusDays(date, template.followUpDays)
  return {
    topic: template.topic,
    group: template.group,
    causes: template.causes,
    options: template.options,
    personal: {
      ...(template.defaultNote && { note: template.defaultNote }),
      ...(patientFirstName && { patientFirstName }),
      ...(followUpDate && { followUpDate }),
    },
  }
}
