import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Root } from 'mdast'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { AppError, formatProblem, type TFieldProblem } from '../errors'
import { checkTopic } from './check-topic'
import { parseMarkdown } from './parse-markdown'
import { readabilityOfTree, type TReadability } from './readability'
import { readTranslation, TRANSLATION_LOCALES, type TTopicTranslation, type TTranslationLocale } from './read-translation'
import {
  SECTION_KINDS,
  ZSectionFrontMatter,
  ZTopicManifest,
  type TLineAdvice,
  type TSectionFrontMatter,
  type TTopicManifest,
} from './schema'
import { readLineAdvice } from './line-advice'

export type TSection = TSectionFrontMatter & {
  /** Path of the source file, relative to the working directory, for messages. */
  file: string
  body: Root
  /** The section's line declarations by id; its lines carry the id as `data.adviceId`. */
  lines: ReadonlyMap<string, TLineAdvice>
  readability: TReadability
  /** Changes whenever the section's title, text or declarations change; computed once at load. */
  hash: string
}

export type TTopic = TTopicManifest & { sections: TSection[]; translations: Partial<Record<TTranslationLocale, TTopicTranslation>> }

const MANIFEST_FILE = 'topic.yaml'
const SECTIONS_DIR = 'sections'

/** Markdown the PDF and web page cannot both render, with what to write instead. */
const UNSUPPORTED_NODES: Record<string, string> = {
  html: 'no HTML',
  image: 'no images (illustrations go in front matter)',
  imageReference: 'no images',
  link: 'no links (a handout is printed)',
  linkReference: 'no links',
  definition: 'no link definitions',
  footnoteReference: 'no footnotes (cite with sources)',
  footnoteDefinition: 'no footnotes (cite with sources)',
  code: 'no code blocks',
  inlineCode: 'no code',
  emphasis: 'no italics (hard to read in print); use bold for key actions only',
  delete: 'no strikethrough',
  thematicBreak: 'no horizontal rules',
  blockquote: 'no block quotes',
}

function fieldOf(issuePath: readonly PropertyKey[]): string {
  return (
    issuePath
      .map((part, index) =>
        typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
      )
      .join('') || '(whole file)'
  )
}

function zodProblems(file: string, error: z.ZodError): TFieldProblem[] {
  return error.issues.map((issue) => ({ file, field: fieldOf(issue.path), message: issue.message }))
}

function readYaml(file: string, text: string, problems: TFieldProblem[]): unknown {
  try {
    return parseYaml(text)
  } catch (error) {
    problems.push({ file, field: '(YAML)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` })
    return undefined
  }
}

function bodyProblems(file: string, body: Root): TFieldProblem[] {
  const problems: TFieldProblem[] = []
  if (body.children.length === 0) problems.push({ file, field: 'body', message: 'expected text after the front matter' })
  const visit = (node: { type: string; children?: unknown[] }) => {
    const rule = UNSUPPORTED_NODES[node.type]
    if (rule) problems.push({ file, field: 'body', message: `unsupported Markdown "${node.type}": ${rule}` })
    if (node.type === 'heading' && (node as { depth?: number }).depth! < 3) {
      problems.push({ file, field: 'body', message: 'expected ### or #### for subheadings; the title is printed from front matter' })
    }
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] })
  }
  visit(body)
  return problems
}

function readSection(file: string, problems: TFieldProblem[]): TSection | undefined {
  const { frontMatter, body } = parseMarkdown(readFileSync(file, 'utf8'))
  if (frontMatter === undefined) {
    problems.push({ file, field: 'front matter', message: 'expected a YAML block between "---" lines at the top' })
    return undefined
  }
  const parsed = ZSectionFrontMatter.safeParse(readYaml(file, frontMatter, problems) ?? {})
  problems.push(...bodyProblems(file, body))
  const lines = readLineAdvice(body, file, problems)
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error))
    return undefined
  }
  if (path.basename(file) !== `${parsed.data.id}.md`) {
    problems.push({ file, field: 'id', message: `expected the file to be named ${parsed.data.id}.md, after its id` })
  }
  const { id, title, appliesTo, replaces, conflicts, optional, inShort } = parsed.data
  const hash = createHash('sha256')
    .update(JSON.stringify([id, title, appliesTo, replaces, conflicts, optional, inShort, [...lines.values()], body]))
    .digest('hex')
    .slice(0, 16)
  return { ...parsed.data, file, body, lines, readability: readabilityOfTree(body), hash }
}

function kindRank(section: TSection): number {
  return SECTION_KINDS.indexOf(section.kind)
}

/** Reads and validates one topic folder; throws an `invalid_content` AppError listing every problem. */
export function readTopic(topicDir: string): TTopic {
  const relativeDir = path.relative(process.cwd(), topicDir) || '.'
  const problems: TFieldProblem[] = []

  const manifestFile = path.join(relativeDir, MANIFEST_FILE)
  let manifest: TTopicManifest | undefined
  let manifestText: string | undefined
  try {
    manifestText = readFileSync(manifestFile, 'utf8')
  } catch {
    problems.push({ file: manifestFile, field: '(file)', message: 'expected a topic manifest here' })
  }
  if (manifestText !== undefined) {
    const parsed = ZTopicManifest.safeParse(readYaml(manifestFile, manifestText, problems) ?? {})
    if (parsed.success) manifest = parsed.data
    else problems.push(...zodProblems(manifestFile, parsed.error))
  }
  if (manifest && manifest.id !== path.basename(topicDir)) {
    problems.push({ file: manifestFile, field: 'id', message: `expected "${path.basename(topicDir)}", the folder's name` })
  }

  const sectionsDir = path.join(relativeDir, SECTIONS_DIR)
  let sectionFiles: string[] = []
  try {
    sectionFiles = readdirSync(sectionsDir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => path.join(sectionsDir, name))
  } catch {
    problems.push({ file: sectionsDir, field: '(folder)', message: 'expected a folder of section files' })
  }
  const sections = sectionFiles
    .map((file) => readSection(file, problems))
    .filter((section): section is TSection => section !== undefined)

  if (manifest) problems.push(...checkTopic({ manifest, manifestFile, sections }))
  const translations: TTopic['translations'] = {}
  if (manifest) {
    const base = {
      manifest,
      sectionIds: sections.map((section) => section.id),
      subheadingCounts: new Map(sections.map((section) => [section.id, section.body.children.filter((node) => node.type === 'heading').length])),
      lineIds: new Map(sections.map((section) => [section.id, [...section.lines.keys()]])),
    }
    for (const locale of TRANSLATION_LOCALES) {
      const translation = readTranslation(relativeDir, locale, base, problems)
      if (translation) translations[locale] = translation
    }
  }

  if (problems.length > 0 || !manifest) {
    throw new AppError(
      'invalid_content',
      `Topic "${path.basename(topicDir)}" has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
      problems,
    )
  }
  sections.sort((a, b) => kindRank(a) - kindRank(b) || a.order - b.order || a.id.localeCompare(b.id))
  return { ...manifest, sections, translations }
}
