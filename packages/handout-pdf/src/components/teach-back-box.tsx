import { Text, View } from '@react-pdf/renderer'
import type { TPrintedHandout } from '../handout-model'
import type { THandoutStyles } from '../styles'
import { BoxInPieces } from './box-in-pieces'

/**
 * Questions the clinician asks, each with a box to tick. The box may break between questions,
 * the title kept with the first, and never leaves its last question alone on a page.
 */
export function TeachBackBox({ handout, s }: { handout: TPrintedHandout; s: THandoutStyles }) {
  if (!handout.teachBack?.length) return null
  const { teachBackTitle: title, teachBackIntro } = handout.words
  const questions = handout.teachBack.map((item) => (
    <View key={item.id} style={s.tickRow}>
      <View style={s.tickBox} />
      <View style={s.tickText}>
        <Text style={s.listItemText}>{item.question}</Text>
        {item.english && <Text style={s.tickEnglish}>{item.english}</Text>}
      </View>
    </View>
  ))
  const head = (
    <>
      <Text style={s.sectionTitle}>{title}</Text>
      {/* The short handout keeps to its pages: its title and tick boxes say what the box is for. */}
      {handout.length === 'full' && <Text style={s.paragraph}>{teachBackIntro}</Text>}
      {questions[0]}
    </>
  )
  // The last two questions together, so the last never opens a page alone; two or fewer, one piece.
  const pieces =
    questions.length <= 2
      ? [
          <>
            {head}
            {questions.slice(1)}
          </>,
        ]
      : [head, ...questions.slice(1, -2), questions.slice(-2)]
  return <BoxInPieces pieces={pieces} frame={s.frames.teachBack} isEachPieceWhole />
}
