import { z } from 'zod'

const ZId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lowercase words joined by hyphens, e.g. "leg-cramps"')
const ZText = (max: number) => z.string().trim().min(1, 'expected non-empty text').max(max, `expected at most ${max} characters`)

export const ZTopicManifest = z.strictObject({
  id: ZId,
  title: ZText(80),
  purpose: ZText(400),
  groups: z.array(z.strictObject({ id: ZId, label: ZText(40), description: ZText(160) })).min(1),
  causes: z.array(z.strictObject({ id: ZId, label: ZText(60), description: ZText(200) })).min(1),
  references: z.array(z.strictObject({ key: ZId, citation: ZText(400) })).min(1),
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
  appliesTo: z
    .strictObject({
      groups: z.array(ZId).default([]),
      causes: z.array(ZId).default([]),
    })
    .default({ groups: [], causes: [] }),
  replaces: z.array(ZId).default([]),
  optional: z.boolean().default(false),
  illustrations: z.array(ZIllustration).default([]),
  sources: z.array(ZId).min(1, 'expected at least one source key'),
  reviewed: ZIsoDate,
})
export type TSectionFrontMatter = z.infer<typeof ZSectionFrontMatter>
