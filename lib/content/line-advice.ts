import type { ListItem, Paragraph, Root, RootContent } from 'mdast'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import type { TFieldProblem } from '../errors'
import { ZLineAdvice, type TLineAdvice } from './schema'

declare module 'mdast' {
  interface Data {
    /** The id of the line declaration this paragraph or list item carried, once stripped. */
    adviceId?: string
  }
}

/** `{...}` at the very end of a line: a YAML flow mapping. */
const DECLARATION = /\s*\{([^{}]*)\}\s*$/

/** A translation names only the line it stands for; whom it fits comes from the English. */
const ZTranslatedLine = z.strictObject({ id: ZLineAdvice.shape.id })

type TDeclared = { node: Paragraph | ListItem; text: string; declaration: string }

function lineText(node: RootContent | ListItem): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as RootContent[]).map(lineText).join('')
  return ''
}

/** The paragraph whose end may hold the declaration: the node itself, or a list item's first paragraph. */
function declaringParagraph(node: Paragraph | ListItem): Paragraph | undefined {
  return node.type === 'paragraph' ? node : node.children.find((child): child is Paragraph => child.type === 'paragraph')
}

/** Strips one declaration from a paragraph's end; returns its inner text, or undefined when there is none. */
function takeDeclaration(paragraph: Paragraph): string | undefined {
  const last = paragraph.children.at(-1)
  if (last?.type !== 'text') return undefined
  const match = DECLARATION.exec(last.value)
  if (!match) return undefined
  last.value = last.value.slice(0, match.index)
  if (last.value === '') paragraph.children.pop()
  return match[1]
}

function declaredLines(nodes: readonly RootContent[], into: TDeclared[] = []): TDeclared[] {
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'listItem') {
      const paragraph = declaringParagraph(node)
      const declaration = paragraph && takeDeclaration(paragraph)
      if (paragraph && declaration !== undefined) into.push({ node, text: lineText(paragraph).trim().slice(0, 40), declaration })
    }
    if (node.type === 'list' || node.type === 'listItem') declaredLines(node.children as RootContent[], into)
  }
  return into
}

/**
 * Finds the line declarations in a section's body, strips them from the text, marks each
 * line with its id and returns the declarations by id. `idsOnly` for a translation, whose
 * lines name the English line they stand for and nothing else.
 */
export function readLineAdvice(body: Root, file: string, problems: TFieldProblem[], { idsOnly = false } = {}): Map<string, TLineAdvice> {
  const advice = new Map<string, TLineAdvice>()
  for (const { node, text, declaration } of declaredLines(body.children)) {
    let raw: unknown
    try {
      raw = parseYaml(`{${declaration}}`)
    } catch (error) {
      problems.push({ file, field: 'body', message: `line "${text}": the braces at its end are not a valid declaration: ${(error as Error).message.split('\n')[0]}` })
      continue
    }
    const parsed = idsOnly ? ZTranslatedLine.safeParse(raw) : ZLineAdvice.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.')
        problems.push({ file, field: 'body', message: `line "${text}": ${field ? `${field}: ` : ''}${issue.message}${idsOnly ? ' (a translated line names only its id; whom it fits comes from the English)' : ''}` })
      }
      continue
    }
    const id = parsed.data.id
    if (advice.has(id)) problems.push({ file, field: 'body', message: `line "${text}": the id "${id}" is used twice in this section; expected one line per id` })
    node.data = { ...node.data, adviceId: id }
    advice.set(id, idsOnly ? ZLineAdvice.parse({ id }) : (parsed.data as TLineAdvice))
  }
  return advice
}
