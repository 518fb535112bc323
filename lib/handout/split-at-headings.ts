import type { RootContent } from 'mdast'

/**
 * A section body cut at its ### subheadings: [intro, step block, step block, ...]. The PDF
 * and the web page both pair each step block with its stretch drawing.
 */
export function splitAtHeadings(nodes: readonly RootContent[]): { intro: RootContent[]; blocks: RootContent[][] } {
  const intro: RootContent[] = []
  const blocks: RootContent[][] = []
  for (const node of nodes) {
    if (node.type === 'heading') blocks.push([node])
    else (blocks.at(-1) ?? intro).push(node)
  }
  return { intro, blocks }
}
