import { Circle, Polyline, Svg, Text, View } from '@react-pdf/renderer'
import type { TIllustration } from '../../content/schema'
import { FIGURE_VIEWBOX, pointsAttribute, STRETCH_FIGURES } from '../../drawings/stretch-figures'
import { INK, type THandoutStyles } from '../styles'

const STROKE = { stroke: INK, strokeLinecap: 'round', strokeLinejoin: 'round', fill: 'none' } as const

export function StretchDrawing({ kind, caption, s }: { kind: TIllustration; caption: string; s: THandoutStyles }) {
  const width = Number(s.drawing.width)
  return (
    <View style={s.drawing} wrap={false}>
      <Svg viewBox={`0 0 ${FIGURE_VIEWBOX.width} ${FIGURE_VIEWBOX.height}`} width={width} height={(width * FIGURE_VIEWBOX.height) / FIGURE_VIEWBOX.width}>
        {STRETCH_FIGURES[kind].map((shape, index) =>
          shape.kind === 'circle' ? (
            <Circle key={index} cx={shape.cx} cy={shape.cy} r={shape.r} strokeWidth={2} {...STROKE} />
          ) : (
            <Polyline key={index} points={pointsAttribute(shape.points)} strokeWidth={shape.weight === 'bold' ? 2 : 1.2} {...STROKE} />
          ),
        )}
      </Svg>
      <Text style={s.drawingCaption}>{caption}</Text>
    </View>
  )
}
