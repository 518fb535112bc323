import { z } from 'zod'

const ZId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase words joined by hyphens, e.g. "leg-cramps"')
const ZText = (max: number) => z.string().trim().min(1, 'expected non-empty text').max(max, `expected at most ${max} characters`)

/**
 * Whom a piece of advice (a section, or a line inside one) is for. It fits a handout when it
 * names none of `groups` and `causes` or one of them matches (either), and it never reaches a
 * handout whose group is in `notGroups` or that has a cause in `notCauses`.
 */
export const ZFit = z.strictObject({
  groups: z.array(ZId).default([]),
  causes: z.array(ZId).default([]),
  notGroups: z.array(ZId).default([]),
  notCauses: z.array(ZId).default([]),
})
export type TFit = z.infer<typeof ZFit>
const NO_FIT: TFit = { groups: [], causes: [], notGroups: [], notCauses: [] }

/**
 * A line's declaration, written in braces at the end of a list item or paragraph:
 * `{id: bedtime-stretch, groups: [senior], replaces: [standing-stretch], full: true}`.
 * Lines sharing an id are the same advice, printed once per handout.
 */
export const ZLineAdvice = ZFit.extend({
  id: ZId,
  /** Advice this line stands in for when both would be printed (a seated stretch for a standing one). */
  replaces: z.array(ZId).default([]),
  /** Advice that must never be printed with this line; `npm run content:check` proves no handout has both. */
  conflicts: z.array(ZId).default([]),
  /** Only in the complete guide, not in the short handout. */
  full: z.boolean().default(false),
  /**
   * In the short handout only when it keeps to its page budget with this line: a handout over
   * budget is made again without such lines. Never a safety line; the complete guide has them all.
   */
  ifRoom: z.boolean().default(false),
  /** Sources for this line alone, cited only in handouts that print it. */
  sources: z.array(ZId).default([]),
})
export type TLineAdvice = z.infer<typeof ZLineAdvice>

export const ZTopicManifest = z.strictObject({
  id: ZId,
  title: ZText(80),
  purpose: ZText(400),
  groups: z
    .array(
      z.strictObject({
        id: ZId,
        label: ZText(40),
        description: ZText(160),
        /** Advice ids every handout for this group must print, whatever else is chosen. */
        safety: z.array(ZId).default([]),
      }),
    )
    .min(1),
  causes: z
    .array(
      z.strictObject({
        id: ZId,
        label: ZText(60),
        description: ZText(200),
        /** Advice ids every handout that names this cause must print. */
        safety: z.array(ZId).default([]),
        /** Groups this cause can never be chosen for (pregnancy for a senior): the request is refused. */
        notGroups: z.array(ZId).default([]),
      }),
    )
    .min(1),
  references: z
    .array(
      z.strictObject({
        key: ZId,
        citation: ZText(400),
        /** Author or publisher and year, as the short handout prints it: "NHS (UK), Leg cramps". */
        short: ZText(80),
      }),
    )
    .min(1),
  teachBack: z
    .array(
      z.strictObject({
        id: ZId,
        question: ZText(160),
        appliesTo: z.strictObject({ groups: z.array(ZId).default([]), causes: z.array(ZId).default([]) }).default({ groups: [], causes: [] }),
      }),
    )
    .default([]),
})
export type TTopicManifest = z.infer<typeof ZTopicManifest>

/** The order in which a handout reads; the assembler follows it. */
export const SECTION_KINDS = [
  'key-points',
  'overview',
  'comparison',
  'relief',
  'prevention',
  'group',
  'cause',
  'treatment',
  'visit',
  'questions',
  'red-flags',
] as const
export const ZSectionKind = z.enum(SECTION_KINDS)
export type TSectionKind = z.infer<typeof ZSectionKind>

/** Drawings the PDF knows how to place beside a section. */
export const ZIllustration = z.enum(['calf-stretch', 'hamstring-stretch', 'quadriceps-stretch'])
export type TIllustration = z.infer<typeof ZIllustration>

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDate, 'expected a real calendar date')

export const ZSectionFrontMatter = z.strictObject({
  id: ZId,
  title: ZText(80),
  kind: ZSectionKind,
  order: z.number().int().min(0).max(1000).default(100),
  appliesTo: ZFit.default(NO_FIT),
  replaces: z.array(ZId).default([]),
  /** Sections or line ids that must never be printed with this section. */
  conflicts: z.array(ZId).default([]),
  optional: z.boolean().default(false),
  /** Part of the short handout; without it a section is printed only in the complete guide. */
  inShort: z.boolean().default(false),
  illustrations: z.array(ZIllustration).default([]),
  sources: z.array(ZId).min(1, 'expected at least one source key'),
})
export type TSectionFrontMatter = z.infer<typeof ZSectionFrontMatter>
