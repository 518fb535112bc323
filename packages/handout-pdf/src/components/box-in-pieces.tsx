import { View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import type { TBoxFrame } from '../styles'

/**
 * A framed box that may break across pages between its pieces: each piece is a box piece of
 * its own at the top level, where react-pdf breaks pages well (the first has the box's top
 * edge, the last its bottom edge), so a page break leaves no empty box behind. The last piece
 * stays on a page with `trail`. `isEachPieceWhole` keeps each piece from breaking inside.
 */
export function BoxInPieces({ pieces, frame, trail, isEachPieceWhole = false }: { pieces: readonly ReactNode[]; frame: TBoxFrame; trail?: ReactNode; isEachPieceWhole?: boolean }) {
  const first = pieces.slice(0, -1)
  return (
    <>
      {first.map((piece, index) => (
        <View key={index} style={index === 0 ? frame.head : frame.middle} wrap={!isEachPieceWhole}>
          {piece}
        </View>
      ))}
      <View wrap={false}>
        <View style={first.length > 0 ? frame.tail : frame.whole}>{pieces.at(-1)}</View>
        {trail}
      </View>
    </>
  )
}
