import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { TFieldProblem } from '../errors'
import { readLineAdvice } from './line-advice'
import { parseMarkdown } from './parse-markdown'
import { spanishReadabilityOfTree, type TSpanishReadability } from './readability-es'
import type { TTopicManifest } from './schema'

/** Languages a topic may be translated into, each in a folder of that name beside topic.yaml. */
export const TRANSLATION_LOCALES = ['es'] as const
export type TTranslationLocale = (typeof TRANSLATION_LOCALES)[number]

const ZText = (max: number) => z.string().trim().min(1, 'expected non-empty text').max(max, `expected at most ${max} characters`)

export const ZTranslatedManifest = z.strictObject({
  title: ZText(80),
  purpose: ZText(400),
  groups: z.array(z.strictObject({ id: z.string(), label: ZText(40), description: ZText(200) })),
  causes: z.array(z.strictObject({ id: z.string(), label: ZText(60), description: ZText(240) })),
  teachBack: z.array(z.strictObject({ id: z.string(), question: ZText(200) })).default([]),
})

export const ZTranslatedFrontMatter = z.strictObject({
  id: z.string(),
  title: ZText(100),
})

export type TTranslatedSection = z.infer<typeof ZTranslatedFrontMatter> & { file: string; body: Root; readability: TSpanishReadability }
export type TTopicTranslation = z.infer<typeof ZTranslatedManifest> & { sections: Map<string, TTranslatedSection> }

type TBase = { manifest: TTopicManifest; sectionIds: readonly string[]; subheadingCounts: ReadonlyMap<string, number>; lineIds: ReadonlyMap<string, readonly string[]> }

const subheadings = (body: Root) => body.children.filter((node) => node.type === 'heading').length

/**
 * Reads one translation of a topic and checks it against the English: the same groups and
 * causes in the same order, and every section in both languages, with the same subheadings
 * (the PDF pairs drawings with them) and the same declared lines.
 */
export function readTranslation(topicDir: string, locale: TTranslationLocale, base: TBase, problems: TFieldProblem[]): TTopicTranslation | undefined {
  const dir = path.join(topicDir, locale)
  if (!existsSync(dir)) return undefined
  const manifestFile = path.join(dir, 'topic.yaml')
  let manifest: z.infer<typeof ZTranslatedManifest> | undefined
  try {
    const parsed = ZTranslatedManifest.safeParse(parseYaml(readFileSync(manifestFile, 'utf8')) ?? {})
    if (parsed.success) manifest = parsed.data
    else problems.push(...parsed.error.issues.map((issue) => ({ file: manifestFile, field: issue.path.map(String).join('.') || '(whole file)', message: issue.message })))
  } catch (error) {
    problems.push({ file: manifestFile, field: '(file)', message: `expected a readable YAML manifest: ${(error as Error).message.split('\n')[0]}` })
  }
  for (const list of ['groups', 'causes', 'teachBack'] as const) {
    const expected = base.manifest[list].map((item) => item.id).join(', ')
    const actual = manifest?.[list].map((item) => item.id).join(', ')
    if (manifest && actual !== expected) problems.push({ file: manifestFile, field: list, message: `expected the ids ${expected}, in that order; found ${actual}` })
  }

  const sectionsDir = path.join(dir, 'sections')
  const sections = new Map<string, TTranslatedSection>()
  const files = existsSync(sectionsDir) ? readdirSync(sectionsDir).filter((name) => name.endsWith('.md')).sort() : []
  for (const name of files) {
    const file = path.join(sectionsDir, name)
    const { frontMatter, body } = parseMarkdown(readFileSync(file, 'utf8'))
    let data: unknown = {}
    try {
      data = parseYaml(frontMatter ?? '') ?? {}
    } catch (error) {
      problems.push({ file, field: '(YAML)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` })
      continue
    }
    const parsed = ZTranslatedFrontMatter.safeParse(data)
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => ({ file, field: issue.path.map(String).join('.') || '(whole file)', message: issue.message })))
      continue
    }
    if (name !== `${parsed.data.id}.md`) problems.push({ file, field: 'id', message: `expected the file to be named ${parsed.data.id}.md, after its id` })
    if (!base.sectionIds.includes(parsed.data.id)) {
      problems.push({ file, field: 'id', message: `no English section "${parsed.data.id}"; a section must exist in every language` })
      continue
    }
    const expectedSubheadings = base.subheadingCounts.get(parsed.data.id) ?? 0
    if (subheadings(body) !== expectedSubheadings) {
      problems.push({ file, field: 'body', message: `expected ${expectedSubheadings} ### subheadings, as in English; found ${subheadings(body)}` })
    }
    const lineIds = [...readLineAdvice(body, file, problems, { idsOnly: true }).keys()]
    const expectedLines = base.lineIds.get(parsed.data.id) ?? []
    if (lineIds.join(', ') !== expectedLines.join(', ')) {
      problems.push({ file, field: 'body', message: `expected the declared lines ${expectedLines.join(', ') || '(none)'}, in that order, as in English; found ${lineIds.join(', ') || '(none)'}` })
    }
    sections.set(parsed.data.id, { ...parsed.data, file, body, readability: spanishReadabilityOfTree(body) })
  }
  for (const id of base.sectionIds) {
    if (!sections.has(id) && !problems.some((problem) => problem.file?.endsWith(`${id}.md`))) {
      problems.push({ file: path.join(sectionsDir, `${id}.md`), field: '(file)', message: `missing: the English section "${id}" has no ${locale} version; a section must exist in every language` })
    }
  }
  return manifest ? { ...manifest, sections } : undefined
}
