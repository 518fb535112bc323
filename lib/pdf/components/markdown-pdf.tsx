import { Text, View } from '@react-pdf/renderer'
import type { PhrasingContent, RootContent, Table } from 'mdast'
import type { ReactNode } from 'react'
import type { THandoutStyles } from '../styles'

type TProps = { nodes: readonly RootContent[]; s: THandoutStyles }

/** Renders a guide section's Markdown tree with react-pdf: the PDF twin of components/markdown.tsx. */
export function MarkdownPdf({ nodes, s }: TProps) {
  return <>{nodes.map((node, index) => renderBlock(node, index, s))}</>
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
        <Text key={key} style={s.subheading} minPresenceAhead={40}>
          {renderInline(node.children, s)}
        </Text>
      )
    case 'list':
      return (
        <View key={key} style={s.list}>
          {node.children.map((item, index) => (
            <View key={index} style={s.listItem} wrap={false}>
              <Text style={s.bullet}>{node.ordered ? `${(node.start ?? 1) + index}.` : '•'}</Text>
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
    case 'table':
      return renderTable(node, key, s)
    default:
      return null
  }
}
