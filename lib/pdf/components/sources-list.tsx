import { Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { stringsFor } from '../../handout/strings'

export function SourcesList({ handout, s }: { handout: THandout; s: THandoutStyles }) {
  const strings = stringsFor(handout.language)
  // No claim of review for text nobody has reviewed: a Spanish handout says so instead.
  const reviewed = [strings.lastReviewed(strings.formatDate(handout.lastReviewed)), handout.isTranslationReviewed ? '' : strings.notReviewed].filter(Boolean).join(' ')
  const reviewedLine = <Text style={[s.sourceItem, { marginTop: handout.sources.length === 0 ? 12 : 4 }]}>{reviewed}</Text>
  if (handout.sources.length === 0) return reviewedLine
  const [first, ...rest] = handout.sources.map((source, index) => (
    <Text key={source.key} style={s.sourceItem}>
      {index + 1}. {source.citation}
    </Text>
  ))
  const lastTwo = rest.splice(-2)
  // The title never ends a page alone: it travels with the first source. Nor does the review
  // line start one alone (it once took a whole tenth page): it travels with the last two
  // sources, as a list's last two items do, so a last page never holds one source alone.
  return (
    <>
      <View wrap={false}>
        <Text style={s.sourcesTitle}>{strings.sources}</Text>
        {first}
        {lastTwo.length === 0 && reviewedLine}
      </View>
      {rest}
      {lastTwo.length > 0 && (
        <View wrap={false}>
          {lastTwo}
          {reviewedLine}
        </View>
      )}
    </>
  )
}
