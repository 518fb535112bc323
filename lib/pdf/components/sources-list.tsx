import { Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { stringsFor } from '../../handout/strings'

export function SourcesList({ handout, s }: { handout: THandout; s: THandoutStyles }) {
  const strings = stringsFor(handout.language)
  // No claim of review for text nobody has reviewed: a Spanish handout says so instead.
  const reviewed = [strings.lastReviewed(strings.formatDate(handout.lastReviewed)), handout.isTranslationReviewed ? '' : strings.notReviewed].filter(Boolean).join(' ')
  if (handout.sources.length === 0) return <Text style={[s.sourceItem, { marginTop: 12 }]}>{reviewed}</Text>
  const items = handout.sources.map((source, index) => (
    <Text key={source.key} style={s.sourceItem}>
      {index + 1}. {source.citation}
    </Text>
  ))
  return (
    <>
      {/* The title never ends a page alone: it travels with the first source. */}
      <View wrap={false}>
        <Text style={s.sourcesTitle}>{strings.sources}</Text>
        {items[0]}
      </View>
      {items.slice(1)}
      <Text style={[s.sourceItem, { marginTop: 4 }]}>{reviewed}</Text>
    </>
  )
}
