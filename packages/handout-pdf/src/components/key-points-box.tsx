import { Text, View } from '@react-pdf/renderer'
import type { Root } from 'mdast'
import type { TPrintedHandout } from '../handout-model'
import type { THandoutStyles } from '../styles'
import { fontStackFor } from '../fonts'
import { BoxInPieces } from './box-in-pieces'
import { renderInline } from './markdown-pdf'

/** The key points' paragraphs as text and their list as a checklist: one tick box per step. */
function KeyPointsBody({ body, s, isEnglish, call }: { body: Root; s: THandoutStyles; isEnglish?: boolean; call?: string }) {
  const last = body.children.length - 1
  return (
    <>
      {body.children.map((node, index) => {
        if (node.type === 'paragraph') {
          return (
            <Text key={index} style={isEnglish ? s.tickEnglish : s.paragraph}>
              {renderInline(node.children, s)}
              {/* The clinic's number closes the line on when to get help. */}
              {index === last && call && <Text style={[s.strong, { fontFamily: fontStackFor(call) }]}> {call}</Text>}
            </Text>
          )
        }
        if (node.type !== 'list') return null
        return node.children.map((item, position) => (
          <View key={`${index}-${position}`} style={s.tickRow} wrap={false}>
            <View style={s.tickBox} />
            <View style={s.tickText}>
              {item.children.map((child, part) =>
                child.type === 'paragraph' ? (
                  <Text key={part} style={isEnglish ? s.tickEnglish : s.listItemText}>
                    {renderInline(child.children, s)}
                  </Text>
                ) : null,
              )}
            </View>
          </View>
        ))
      })}
    </>
  )
}

/**
 * Page 1's box: what this is, the few steps to take as a checklist, and when to get help with
 * the clinic's number. Kept whole on the first page.
 */
export function KeyPointsBox({ handout, s }: { handout: TPrintedHandout; s: THandoutStyles }) {
  const { keyPoints } = handout
  const { keyPointsTitle: title, keyPointsCall: call } = handout.words
  const firstHalf = (
    <>
      <Text style={s.keyPointsTitle}>{title}</Text>
      <KeyPointsBody body={keyPoints.body} s={s} call={call} />
    </>
  )
  // Each language's half is kept whole, as a piece of the box of its own: a bilingual box in
  // large print is taller than a page, so it may break between the halves.
  const halves = keyPoints.english ? [firstHalf, <KeyPointsBody key="english" body={keyPoints.english.body} s={s} isEnglish />] : [firstHalf]
  return <BoxInPieces pieces={halves} frame={s.frames.keyPoints} isEachPieceWhole />
}
