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

function renderInline(nodes: readonly PhrasingContent[], s: THandoutStyles): ReactNode {
  return nodes.map((node, index) => {
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
        </View>
      ))}
    </View>
  )
}
