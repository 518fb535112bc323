import type { Nodes, PhrasingContent, RootContent, Table } from 'mdast'
import type { ReactNode } from 'react'

/**
 * Renders a guide section's Markdown tree as HTML. The PDF renders the same tree, so only
 * the node types the loader allows are handled; anything else would already have failed
 * content validation.
 */
type THeadingLevel = 2 | 3 | 4 | 5 | 6

export function Markdown({ nodes, headingLevel = 3 }: { nodes: readonly RootContent[]; headingLevel?: THeadingLevel }) {
  return <>{nodes.map((node, index) => renderBlock(node, index, headingLevel))}</>
}

function renderInline(nodes: readonly PhrasingContent[]): ReactNode {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.value
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>
      case 'break':
        return <br key={index} />
      default:
        return null
    }
  })
}

function renderTable(table: Table, key: number): ReactNode {
  const [head, ...body] = table.children
  return (
    <div className="table-scroll" key={key}>
      <table>
        {head && (
          <thead>
            <tr>
              {head.children.map((cell, index) => (
                <th key={index} scope="col">
                  {renderInline(cell.children)}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {body.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.children.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {renderInline(cell.children)}
                  </th>
                ) : (
                  <td key={index}>{renderInline(cell.children)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function renderBlock(node: Nodes, key: number, headingLevel: THeadingLevel): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(node.children)}</p>
    case 'heading': {
      // Section bodies use ### for their subheadings; map them under the page's own heading level.
      const Heading = `h${Math.min(6, headingLevel + Math.max(0, node.depth - 3))}` as 'h3'
      return <Heading key={key}>{renderInline(node.children)}</Heading>
    }
    case 'list': {
      const items = node.children.map((item, index) => (
        <li key={index}>
          {item.children.map((child, childIndex) =>
            // A tight list item's paragraph reads as plain text, without a paragraph's margins.
            child.type === 'paragraph' && !node.spread ? (
              <span key={childIndex}>{renderInline(child.children)}</span>
            ) : (
              renderBlock(child, childIndex, headingLevel)
            ),
          )}
        </li>
      ))
      return node.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>
    }
    case 'table':
      return renderTable(node, key)
    default:
      return null
  }
}
