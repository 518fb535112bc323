import { createPaginator, type FlowNode, type PlacedNode } from '@react-pdf/paginate'
import { describe, expect, it } from 'vitest'

// The bug: react-pdf 4.9's pagination could end a page with a bordered box's top edge and nothing
// under it, or open the next with its bottom edge alone, drawing an empty box (the help box, the
// key points). packages/handout-pdf/patches/@react-pdf+paginate+1.0.1.patch glues the edges to the box's content; this
// fails without it. The one patch of react-pdf left: a correctness fix, not a speed-up (issue 21, item 3).
const pages = (nodes: FlowNode[], height: number): PlacedNode[][] => {
  const paginator = createPaginator(nodes)
  const result: PlacedNode[][] = []
  while (!paginator.done) result.push(paginator.next(height))
  return result
}
const text = (top: number, height: number, data: string): FlowNode => ({ box: { top, height }, data })

describe('a box’s edge alone on a page', () => {
  it('moves a box to the next page rather than leave its top edge alone at the foot of this one', () => {
    const box: FlowNode = { box: { top: 60, height: 64, edgeTop: 10, edgeBottom: 4 }, direction: 'column', data: 'box', children: [text(10, 50, 'inside')] }
    const [first, second] = pages([text(0, 60, 'before'), box], 100)
    expect(first!.map((node) => node.data)).toEqual(['before'])
    expect(second!.map((node) => node.data)).toEqual(['box'])
    expect(second![0]!.children!.map((node) => node.data)).toEqual(['inside'])
  })

  it('takes the last line of a box along rather than leave its bottom edge alone at the head of the next page', () => {
    const box: FlowNode = { box: { top: 40, height: 64, edgeTop: 4, edgeBottom: 10 }, direction: 'column', data: 'box', children: [text(4, 25, 'one'), text(29, 25, 'two')] }
    const result = pages([text(0, 40, 'before'), box], 100)
    const boxes = result.map((page) => page.find((node) => node.data === 'box'))
    expect(boxes.map((placed) => placed?.children?.map((node) => node.data))).toEqual([['one'], ['two']])
  })
})
