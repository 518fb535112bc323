import { Text, View } from '@react-pdf/renderer'
import type { THandout } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { formatLongDate } from '../format-date'

export function SourcesList({ handout, s }: { handout: THandout; s: THandoutStyles }) {
  const reviewed = `This information was last reviewed on ${formatLongDate(handout.lastReviewed)}.`
  if (handout.sources.length === 0) return <Text style={[s.sourceItem, { marginTop: 12 }]}>{reviewed}</Text>
  return (
    <View>
      <Text style={s.sourcesTitle} minPresenceAhead={40}>
        Sources
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
