import type { ListItem, Root, RootContent } from 'mdast'
import type { THandout, THandoutSection } from './assemble'

type TKeep = (lineId: string) => boolean

const isKept = (node: RootContent | ListItem, keep: TKeep) => node.data?.adviceId === undefined || keep(node.data.adviceId)

const introducesList = (node: RootContent | undefined) => {
  const end = node?.type === 'paragraph' ? node.children.at(-1) : undefined
  return end?.type === 'text' && end.value.trimEnd().endsWith(':')
}

function pruneChildren(nodes: readonly RootContent[], keep: TKeep): RootContent[] {
  const kept: RootContent[] = []
  for (const node of nodes) {
    if (!isKept(node, keep)) continue
    if (node.type !== 'list') {
      kept.push(node)
      continue
    }
    const items = node.children.filter((item) => isKept(item, keep)).map((item) => ({ ...item, children: pruneChildren(item.children, keep) as ListItem['children'] }))
    if (items.length > 0) kept.push({ ...node, children: items })
    // A sentence that introduced the list ("Ask about:") goes with it.
    else if (introducesList(kept.at(-1))) kept.pop()
  }
  // A subheading with nothing left under it goes too.
  return kept.filter((node, index) => {
    if (node.type !== 'heading') return true
    const next = kept[index + 1]
    return next !== undefined && !(next.type === 'heading' && next.depth <= node.depth)
  })
}

/**
 * A section's tree with only the declared lines `keep` accepts; undeclared lines always stay.
 * A new tree: the section's own is shared by every handout and must stay as it is.
 */
export function pruneLines(body: Root, keep: TKeep): Root {
  return { ...body, children: pruneChildren(body.children, keep) }
}

/**
 * The handout without the given lines: what the PDF prints once the ifRoom lines are left out
 * to keep to the page budget, for a preview made before the PDF was counted.
 */
export function withoutLines(handout: THandout, ids: readonly string[]): THandout {
  const dropped = new Set(ids)
  const keep = (id: string) => !dropped.has(id)
  const prune = (section: THandoutSection): THandoutSection => ({
    ...section,
    body: pruneLines(section.body, keep),
    ...(section.english && { english: { ...section.english, body: pruneLines(section.english.body, keep) } }),
  })
  return {
    ...handout,
    ifRoomLines: handout.ifRoomLines.filter(keep),
    parts: handout.parts.map((part) => ({ ...part, sections: part.sections.map(prune).filter((section) => section.body.children.length > 0) })),
  }
}
