import type { Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'

export type TParsedMarkdown = {
  /** The raw YAML between the leading `---` lines, or undefined when there is none. */
  frontMatter: string | undefined
  body: Root
}

/** Positions are only useful while parsing; dropping them keeps the tree small to cache and to send to the browser. */
function withoutPositions<T extends object>(node: T): T {
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position') continue
    copy[key] = Array.isArray(value)
      ? value.map((child: unknown) => (typeof child === 'object' && child ? withoutPositions(child) : child))
      : value
  }
  return copy as T
}

export function parseMarkdown(source: string): TParsedMarkdown {
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  })
  const [first, ...rest] = tree.children
  const hasFrontMatter = first?.type === 'yaml'
  const children: RootContent[] = hasFrontMatter ? rest : tree.children
  return {
    frontMatter: hasFrontMatter ? first.value : undefined,
    body: withoutPositions({ type: 'root', children }),
  }
}
