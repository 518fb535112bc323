import type { RootContent } from 'mdast'

/**
 * A section body cut at its ### subheadings: [intro, step block, step block, ...], so each step
 * block can stand beside its drawing. (The app's web preview pairs them the same way with its
 * own copy in lib/handout: the package imports nothing of the app's.)
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
