import { Circle, Polyline, Svg, Text, View } from '@react-pdf/renderer'
import type { TFigure } from '../handout-model'
import { INK, type THandoutStyles } from '../styles'

const STROKE = { stroke: INK, strokeLinecap: 'round', strokeLinejoin: 'round', fill: 'none' } as const

export function StretchDrawing({ figure, caption, s }: { figure: TFigure; caption: string; s: THandoutStyles }) {
  const width = Number(s.drawing.width)
  return (
    <View style={s.drawing} wrap={false}>
      <Svg viewBox={`0 0 ${figure.width} ${figure.height}`} width={width} height={(width * figure.height) / figure.width}>
        {figure.shapes.map((shape, index) =>
          shape.kind === 'circle' ? (
            <Circle key={index} cx={shape.cx} cy={shape.cy} r={shape.r} strokeWidth={2} {...STROKE} />
          ) : (
            <Polyline key={index} points={shape.points.map(([x, y]) => `${x},${y}`).join(' ')} strokeWidth={shape.weight === 'bold' ? 2 : 1.2} {...STROKE} />
          ),
        )}
      </Svg>
      <Text style={s.drawingCaption}>{caption}</Text>
    </View>
  )
}
