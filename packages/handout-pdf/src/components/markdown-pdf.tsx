import { Text, View } from '@react-pdf/renderer'
import type { List, PhrasingContent, RootContent, Table } from 'mdast'
import type { ReactNode } from 'react'
import type { THandoutStyles } from '../styles'

type TProps = { nodes: readonly RootContent[]; s: THandoutStyles; lead?: ReactNode; trail?: ReactNode; isLastListWhole?: boolean }
/**
 * Renders a guide section's Markdown tree with react-pdf: the PDF twin of components/markdown.tsx.
 * A heading never ends a page: it is kept, with `lead` (titles above the text), together with
 * the first paragraph or list item that follows it; so is a sentence that introduces a list
 * ("There are three types:"). A list may break between any two items: keeping its last two
 * together left a third of a page empty under a heading and its first item. `trail` (the web
 * version's code, after the help box) is kept with the last paragraph or list item, so it never
 * opens a page alone.
 */
export function MarkdownPdf({ nodes, s, lead, trail }: TProps) {
  return <>{markdownBlocks({ nodes, s, lead, trail })}</>
}

/**
 * MarkdownPdf's top-level blocks, for a caller that frames each (the help box draws its edges
 * around every piece). `isLastListWhole` makes the last list one block with the heads above it,
 * so the caller that keeps its last block with what follows keeps a whole group there.
 */
export function markdownBlocks({ nodes, s, lead, trail, isLastListWhole = false }: TProps): ReactNode[] {
  const blocks: ReactNode[] = []
  let heads: ReactNode[] = lead ? [lead] : []
  const last = trail ? nodes.findLastIndex((node) => node.type !== 'heading') : -1
  const wholeList = isLastListWhole ? nodes.findLastIndex((node) => node.type === 'list') : -1
  nodes.forEach((node, index) => {
    if (node.type === 'heading' || introducesList(node, nodes[index + 1])) return heads.push(renderBlock(node, index, s))
    const kept = index === last ? trail : undefined
    // A list of one item would open a page alone: it stays with the paragraph before it.
    if (node.type === 'list' && node.children.length === 1 && heads.length === 0 && nodes[index - 1]?.type === 'paragraph' && blocks.length > 0) {
      blocks.push(<View key={`kept-${index}`} wrap={false}>{blocks.pop()}{renderList(node, index, s)}{kept}</View>)
    } else if (node.type === 'list' && index === wholeList) blocks.push(<View key={`kept-${index}`} wrap={false}>{heads}{renderList(node, index, s)}{kept}</View>)
    else if (node.type === 'list') blocks.push(...listInParts(node, index, s, heads, kept))
    else if (heads.length > 0 || kept) blocks.push(<View key={`kept-${index}`} wrap={false}>{heads}{renderBlock(node, index, s)}{kept}</View>)
    else blocks.push(renderBlock(node, index, s))
    heads = []
  })
  return [...blocks, ...heads, last < 0 && trail].filter(Boolean)
}

const introducesList = (node: RootContent, next: RootContent | undefined) => {
  const end = node.type === 'paragraph' ? node.children.at(-1) : undefined
  return next?.type === 'list' && end?.type === 'text' && end.value.trimEnd().endsWith(':')
}

/**
 * A list as parts that may break apart: the first item kept with the heads above it, the items
 * between free, the last a part of its own kept with the trail (a caller that frames each part,
 * the help box, keeps only that last item with the code after it).
 */
function listInParts(list: List, key: number, s: THandoutStyles, heads: ReactNode[], trail: ReactNode): ReactNode[] {
  const items = list.children.length
  const headed = heads.length > 0 ? 1 : 0
  if (items === headed) return [<View key={`kept-${key}`} wrap={false}>{heads}{renderList(list, key, s)}{trail}</View>]
  const tailFrom = items - 1
  return [
    headed > 0 && <View key={`kept-${key}`} wrap={false}>{heads}{renderList(list, key, s, 0, 1)}</View>,
    tailFrom > headed && renderList(list, key, s, headed, tailFrom),
    <View key={`tail-${key}`} wrap={false}>{renderList(list, key, s, tailFrom, items)}{trail}</View>,
  ]
}

/**
 * react-pdf's line breaker treats the edge of a bold run as a break opportunity even inside a
 * word, and hyphenates there: "**tenso**." printed "tenso-" with the full stop alone on the
 * next line. Characters touching a bold run with no space between go into the run, so no
 * edge falls inside a word. A new list: the section's tree is shared and must stay as it is.
 */
function glueToStrong(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const glued = [...nodes]
  glued.forEach((node, index) => {
    if (node.type !== 'strong') return
    const before = glued[index - 1]
    const after = glued[index + 1]
    const leading = before?.type === 'text' ? (/\S+$/.exec(before.value)?.[0] ?? '') : ''
    const trailing = after?.type === 'text' ? (/^\S+/.exec(after.value)?.[0] ?? '') : ''
    if (!leading && !trailing) return
    glued[index] = { ...node, children: joinTexts([{ type: 'text', value: leading }, ...node.children, { type: 'text', value: trailing }]) }
    if (leading && before?.type === 'text') glued[index - 1] = { ...before, value: before.value.slice(0, -leading.length) }
    if (trailing && after?.type === 'text') glued[index + 1] = { ...after, value: after.value.slice(trailing.length) }
  })
  return glued
}

/** Neighbouring texts as one: each string becomes a run of its own, and a run's edge is a break. */
function joinTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.reduce<PhrasingContent[]>((joined, node) => {
    const last = joined.at(-1)
    if (node.type === 'text' && last?.type === 'text') joined[joined.length - 1] = { ...last, value: last.value + node.value }
    else if (node.type !== 'text' || node.value) joined.push(node)
    return joined
  }, [])
}

export function renderInline(nodes: readonly PhrasingContent[], s: THandoutStyles): ReactNode {
  return glueToStrong(nodes).map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value
      case 'strong':
        return (
          <Text key={index} style={s.strong}>
            {renderInline(node.children, s)}
          </Text>
        )
      case 'break':
        return '\n'
      default:
        return null
    }
  })
}

function renderTable(table: Table, key: number, s: THandoutStyles): ReactNode {
  // Tables are short; keeping each whole avoids a stranded header row at a page break.
  return (
    <View key={key} style={s.table} wrap={false}>
      {table.children.map((row, rowIndex) => (
        <View key={rowIndex} style={rowIndex === 0 ? s.tableHeaderRow : s.tableRow}>
          {row.children.map((cell, cellIndex) => (
            <View key={cellIndex} style={cellIndex === 0 ? s.tableFirstCell : s.tableCell}>
              <Text style={rowIndex === 0 || cellIndex === 0 ? s.tableHeaderText : s.tableCellText}>
                {renderInline(cell.children, s)}
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

function renderBlock(node: RootContent, key: number, s: THandoutStyles): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return (
        <Text key={key} style={s.paragraph}>
          {renderInline(node.children, s)}
        </Text>
      )
    case 'heading':
      return (
        <Text key={key} style={s.subheading}>
          {renderInline(node.children, s)}
        </Text>
      )
    case 'list':
      return renderList(node, key, s)
    case 'table':
      return renderTable(node, key, s)
    default:
      return null
  }
}

/** A list, or the items from `from` up to `to`, so its first and last items can travel with what is kept beside them. */
function renderList(list: List, key: number, s: THandoutStyles, from = 0, to = list.children.length): ReactNode {
  const items = list.children.slice(from, to)
  // Only the part that ends the list keeps the list's space below it.
  const style = to < list.children.length ? [s.list, { marginBottom: 0 }] : s.list
  return (
    <View key={`${key}-${from}-${to}`} style={style}>
      {items.map((item, index) => (
        <View key={index} style={s.listItem} wrap={false}>
          <Text style={s.bullet}>{list.ordered ? `${(list.start ?? 1) + from + index}.` : '•'}</Text>
          {item.children.length === 1 && item.children[0]!.type === 'paragraph' ? (
            // Most items are one paragraph: its Text takes the rest of the row, one box fewer per bullet.
            <Text style={s.bulletText}>{renderInline(item.children[0]!.children, s)}</Text>
          ) : (
            <View style={{ flex: 1 }}>
              {item.children.map((child, childIndex) =>
                child.type === 'paragraph' ? (
                  <Text key={childIndex} style={s.listItemText}>
                    {renderInline(child.children, s)}
                  </Text>
                ) : (
                  renderBlock(child, childIndex, s)
                ),
              )}
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
