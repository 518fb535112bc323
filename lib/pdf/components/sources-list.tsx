import { Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { stringsFor } from '../../handout/strings'

export function SourcesList({ handout, s }: { handout: THandout; s: THandoutStyles }) {
  const strings = stringsFor(handout.language)
  // No claim of review for text nobody has reviewed: a Spanish handout says so instead.
  const reviewed = [strings.lastReviewed(strings.formatDate(handout.lastReviewed)), handout.isTranslationReviewed ? '' : strings.notReviewed].filter(Boolean).join(' ')
  if (handout.sources.length === 0) return <Text style={[s.sourceItem, { marginTop: 12 }]}>{reviewed}</Text>
  return (
    <View>
      <Text style={s.sourcesTitle} minPresenceAhead={40}>
        {strings.sources}
      </Text>
      {handout.sources.map((source, index) => (
        <Text key={source.key} style={s.sourceItem}>
          {index + 1}. {source.citation}
        </Text>
      ))}
      <Text style={[s.sourceItem, { marginTop: 4 }]}>{reviewed}</Text>
    </View>
  )
}
