import type { Root } from 'mdast'
import { z } from 'zod'

/** A section's text as a Markdown syntax tree (mdast), as the app parsed it from the guide. */
const ZMarkdown = z.custom<Root>((value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root' && Array.isArray((value as { children?: unknown }).children), 'expected a Markdown tree (an mdast Root)')

const ZPoint = z.tuple([z.number(), z.number()])

/** A line drawing as shapes in a width x height box, drawn the same on paper and on screen. */
export const ZFigure = z.object({
  width: z.number().positive(),
  height: z.number().positive(),
  shapes: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('line'), points: z.array(ZPoint), weight: z.enum(['thin', 'bold']) }),
      z.object({ kind: z.literal('circle'), cx: z.number(), cy: z.number(), r: z.number() }),
    ]),
  ),
})
export type TFigure = z.infer<typeof ZFigure>
export type TFigureShape = TFigure['shapes'][number]

export const ZPrintedSection = z.object({
  id: z.string(),
  title: z.string(),
  body: ZMarkdown,
  /** Drawn beside the text, in the order of its ### subheadings. */
  illustrations: z.array(z.object({ caption: z.string(), figure: ZFigure })),
  /** Bilingual handouts: the English text, printed after the first language's. */
  english: z.object({ title: z.string(), body: ZMarkdown }).optional(),
})
export type TPrintedSection = z.infer<typeof ZPrintedSection>

/**
 * Every word the PDF prints around the guide's sections, in the handout's language, made by the
 * app: the package knows how to lay them out, not what they say.
 */
export const ZPrintedWords = z.object({
  /** Under the title: for whom, from which clinic, when. */
  byline: z.string(),
  keyPointsTitle: z.string(),
  /** Closes the key points' last line: the clinic's number. */
  keyPointsCall: z.string().optional(),
  noteLabel: z.string(),
  nextVisit: z.string().optional(),
  teachBackTitle: z.string(),
  teachBackIntro: z.string(),
  sourcesLabel: z.string(),
  contentVersion: z.string(),
  webVersion: z.string(),
  /** The footer's contact line, most complete first: the first that fits beside the page number is printed. */
  footerLines: z.array(z.string()).min(1),
  /** The page number, with {page} and {pages} in place of the numbers: "Page {page} of {pages}". */
  pageOf: z.string().refine((text) => text.includes('{page}') && text.includes('{pages}'), 'expected {page} and {pages} in the page number'),
})
export type TPrintedWords = z.infer<typeof ZPrintedWords>

/** What the renderer prints: a validated, plain handout, nothing left to look up. */
export const ZPrintedHandout = z.object({
  title: z.string(),
  /** The PDF's subject, its keywords and language, for search and screen readers. */
  subject: z.string(),
  keywords: z.array(z.string()),
  locale: z.enum(['en-US', 'es-US']),
  /** Body text at 12 pt, 14 pt for seniors, 18 pt in large print. */
  printSize: z.enum(['standard', 'senior', 'large']),
  paper: z.enum(['letter', 'a4']),
  /** Short keeps to a page budget and names each source's publisher once; full is the complete guide. */
  length: z.enum(['short', 'full']),
  personal: z.object({
    patientFirstName: z.string().optional(),
    clinicianName: z.string().optional(),
    clinicName: z.string().optional(),
    clinicPhone: z.string().optional(),
    note: z.string().optional(),
  }),
  keyPoints: ZPrintedSection,
  parts: z.array(
    z.object({
      id: z.string(),
      title: z.string().optional(),
      sections: z.array(ZPrintedSection),
      /** When to get help: boxed, with the teach-back before it and the QR code and sources inside it. */
      isHelp: z.boolean(),
    }),
  ),
  teachBack: z.array(z.object({ id: z.string(), question: z.string(), english: z.string().optional() })).optional(),
  sources: z.array(z.object({ short: z.string(), citation: z.string() })),
  /** The web version the QR code points to. */
  webUrl: z.string().optional(),
  words: ZPrintedWords,
})
export type TPrintedHandout = z.infer<typeof ZPrintedHandout>
export type TPrintSize = TPrintedHandout['printSize']
export type TPaper = TPrintedHandout['paper']
