import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '@/lib/content/parse-markdown'

describe('parsing a section file', () => {
  it('separates the front matter from a body tree without source positions', () => {
    const { frontMatter, body } = parseMarkdown('---\nid: a\n---\nHello **there**.\n')
    expect(frontMatter).toBe('id: a')
    expect(body).toEqual({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Hello ' }, { type: 'strong', children: [{ type: 'text', value: 'there' }] }, { type: 'text', value: '.' }] }],
    })
  })

  it('parses GitHub-style tables', () => {
    const { body } = parseMarkdown('| | A |\n|---|---|\n| x | y |\n')
    expect(body.children[0]?.type).toBe('table')
  })

  it('reports no front matter when the file has none', () => {
    expect(parseMarkdown('Just text').frontMatter).toBeUndefined()
  })
})
