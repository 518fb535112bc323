import { Text, View } from '@react-pdf/renderer'
import type { List, PhrasingContent, RootContent, Table } from 'mdast'
import type { ReactNode } from 'react'
import type { THandoutStyles } from '../styles'

type TProps = { nodes: readonly RootContent[]; s: THandoutStyles; lead?: ReactNode; trail?: ReactNode }

/**
 * Renders a guide section's Markdown tree with react-pdf: the PDF twin of components/markdown.tsx.
 * A heading never ends a page: it is kept, with `lead` (titles above the text), together with
 * the first paragraph or list item that follows it. `trail` (the section's drawings) is kept with
 * the last paragraph or list item, so a drawing never opens a page apart from its steps.
 */
export function MarkdownPdf({ nodes, s, lead, trail }: TProps) {
  const blocks: ReactNode[] = []
  let heads: ReactNode[] = lead ? [lead] : []
  const last = trail ? nodes.findLastIndex((node) => node.type !== 'heading') : -1
  nodes.forEach((node, index) => {
    if (node.type === 'heading') return heads.push(renderBlock(node, index, s))
    const items = node.type === 'list' ? node.children.length : 1
    // The parts of this block that must travel with the heads above it and with the trail below it.
    const withHeads = heads.length > 0 ? 1 : 0
    const withTrail = index === last ? 1 : 0
    if (withHeads + withTrail === 0) return blocks.push(renderBlock(node, index, s))
    const part = (from: number, to: number) => (node.type === 'list' ? renderList(node, index, s, from, to) : renderBlock(node, index, s))
    if (node.type !== 'list' || items <= withHeads + withTrail) {
      blocks.push(
        <View key={`kept-${index}`} wrap={false}>
          {heads}
          {part(0, items)}
          {withTrail > 0 && trail}
        </View>,
      )
    } else {
      if (withHeads) blocks.push(<View key={`kept-${index}`} wrap={false}>{heads}{part(0, 1)}</View>)
      if (items - withTrail > withHeads) blocks.push(part(withHeads, items - withTrail))
      if (withTrail) blocks.push(<View key={`trail-${index}`} wrap={false}>{part(items - 1, items)}{trail}</View>)
    }
    heads = []
  })
  return (
    <>
      {blocks}
      {heads}
      {last < 0 && trail}
    </>
  )
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

function renderInline(nodes: readonly PhrasingContent[], s: THandoutStyles): ReactNode {
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
