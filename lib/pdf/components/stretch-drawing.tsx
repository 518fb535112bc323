import { Circle, Line, Polyline, Svg, Text, View } from '@react-pdf/renderer'
import type { TIllustration } from '../../content/schema'
import { INK, type THandoutStyles } from '../styles'

export const DRAWING_CAPTIONS: Record<TIllustration, string> = {
  'calf-stretch': 'Calf stretch',
  'hamstring-stretch': 'Hamstring stretch',
  'quadriceps-stretch': 'Thigh stretch',
}

const stroke = { stroke: INK, strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', fill: 'none' } as const
const thin = { ...stroke, strokeWidth: 1.2 } as const

/** Line drawings in a 120 x 100 box: a person side-on, the floor, and what they hold on to. */
function Figure({ kind }: { kind: TIllustration }) {
  switch (kind) {
    case 'calf-stretch':
      // Leaning on a wall, back leg straight with the heel down.
      return (
        <>
          <Line x1={4} y1={95} x2={116} y2={95} {...thin} />
          <Line x1={106} y1={8} x2={106} y2={95} {...thin} />
          <Circle cx={80} cy={22} r={7} {...stroke} />
          <Line x1={76} y1={29} x2={56} y2={60} {...stroke} />
          <Polyline points="73,35 90,30 105,30" {...stroke} />
          <Polyline points="71,39 88,36 105,37" {...stroke} />
          <Polyline points="56,60 73,76 76,94 86,94" {...stroke} />
          <Polyline points="56,60 24,94 34,94" {...stroke} />
        </>
      )
    case 'hamstring-stretch':
      // Sitting, one leg straight with toes up, reaching toward the toes.
      return (
        <>
          <Line x1={4} y1={92} x2={116} y2={92} {...thin} />
          <Circle cx={63} cy={44} r={7} {...stroke} />
          <Line x1={57} y1={50} x2={30} y2={86} {...stroke} />
          <Polyline points="30,86 96,86 98,74" {...stroke} />
          <Polyline points="52,57 72,70 90,79" {...stroke} />
          <Polyline points="30,86 46,72 56,86" {...stroke} />
        </>
      )
    case 'quadriceps-stretch':
      // Standing, holding a chair, heel pulled toward the buttock.
      return (
        <>
          <Line x1={4} y1={95} x2={116} y2={95} {...thin} />
          <Polyline points="16,38 16,95" {...thin} />
          <Polyline points="16,66 40,66 40,95" {...thin} />
          <Circle cx={58} cy={15} r={7} {...stroke} />
          <Line x1={58} y1={22} x2={58} y2={58} {...stroke} />
          <Polyline points="58,58 58,94 66,94" {...stroke} />
          <Polyline points="58,58 60,80 74,64" {...stroke} />
          <Polyline points="58,30 66,48 74,63" {...stroke} />
          <Polyline points="58,30 36,36 17,38" {...stroke} />
        </>
      )
  }
}

export function StretchDrawing({ kind, s }: { kind: TIllustration; s: THandoutStyles }) {
  return (
    <View style={s.drawing} wrap={false}>
      <Svg viewBox="0 0 120 100" width={s.drawing.width} height={(Number(s.drawing.width) * 100) / 120}>
        <Figure kind={kind} />
      </Svg>
      <Text style={s.drawingCaption}>{DRAWING_CAPTIONS[kind]}</Text>
    </View>
  )
}
