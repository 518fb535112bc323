import { Text, View } from '@react-pdf/renderer'
import type { List, PhrasingContent, RootContent, Table } from 'mdast'
import type { ReactNode } from 'react'
import type { THandoutStyles } from '../styles'

type TProps = { nodes: readonly RootContent[]; s: THandoutStyles; lead?: ReactNode }

/**
 * Renders a guide section's Markdown tree with react-pdf: the PDF twin of components/markdown.tsx.
 * A heading never ends a page: it is kept, with `lead` (titles above the text), together with
 * the first paragraph or list item that follows it. react-pdf's minPresenceAhead did not hold.
 */
export function MarkdownPdf({ nodes, s, lead }: TProps) {
  const blocks: ReactNode[] = []
  let heads: ReactNode[] = lead ? [lead] : []
  nodes.forEach((node, index) => {
    if (node.type === 'heading') return heads.push(renderBlock(node, index, s))
    if (heads.length === 0) return blocks.push(renderBlock(node, index, s))
    const [first, rest] = node.type === 'list' && node.children.length > 1 ? [renderList(node, index, s, 'first'), renderList(node, index, s, 'rest')] : [renderBlock(node, index, s), null]
    blocks.push(
      <View key={`kept-${index}`} wrap={false}>
        {heads}
        {first}
      </View>,
      rest,
    )
    heads = []
  })
  return (
    <>
      {blocks}
      {heads}
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

/** A list, or only its first item or the rest of it, so the first item can be kept with its heading. */
function renderList(list: List, key: number, s: THandoutStyles, part: 'all' | 'first' | 'rest' = 'all'): ReactNode {
  const from = part === 'rest' ? 1 : 0
  const items = part === 'first' ? list.children.slice(0, 1) : list.children.slice(from)
  const style = part === 'first' ? [s.list, { marginBottom: 0 }] : s.list
  return (
    <View key={`${key}-${part}`} style={style}>
      {items.map((item, index) => (
        <View key={index} style={s.listItem} wrap={false}>
          <Text style={s.bullet}>{list.ordered ? `${(list.start ?? 1) + from + index}.` : '•'}</Text>
          {item.children.length === 1 && item.children[0]!.type === 'paragraph' ? (
            // Most items are one paragraph: its Text takes the rest of the row, one box fewer per bullet.
            <Text style={s.listItemText}>{renderInline(item.children[0]!.children, s)}</Text>
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
