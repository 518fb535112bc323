import { Text, View } from '@react-pdf/renderer'
import type { TPrintedHandout } from '../handout-model'
import type { THandoutStyles } from '../styles'

/**
 * Who published the short handout's sources, each once, with the years cited ("FDA 2010 (quinine)"
 * and "FDA 2020 (NSAIDs)" are "FDA 2010, 2020"; "MedlinePlus (cramps)" and "MedlinePlus (spinal
 * stenosis)" are "MedlinePlus"): the page each one is, with its full citation, is on the web
 * version behind the QR code beside them, and in the complete guide.
 */
function publishersOf(sources: TPrintedHandout['sources']): string[] {
  const years = new Map<string, Set<string>>()
  for (const source of sources) {
    const [, name = source.short, year] = /^(.*?)(?: (\d{4}))?(?: \(.*\))?$/.exec(source.short) ?? []
    const cited = years.get(name) ?? years.set(name, new Set()).get(name)!
    if (year) cited.add(year)
  }
  return [...years].map(([name, cited]) => [name, [...cited].join(', ')].filter(Boolean).join(' '))
}

/**
 * The sources as one small paragraph, then the version of the guide text: compact, so they
 * never fill a page of their own. No review is claimed: none has happened yet (issue 23).
 */
export function SourcesList({ handout, s }: { handout: TPrintedHandout; s: THandoutStyles }) {
  const { sourcesLabel, contentVersion: version } = handout.words
  return (
    <View wrap={handout.length === 'full'} style={s.sources}>
      {handout.sources.length > 0 && (
        <Text style={s.sourceItem}>
          <Text style={s.strong}>{sourcesLabel}: </Text>
          {handout.length === 'short' ? `${publishersOf(handout.sources).join('; ')}. ${version}` : handout.sources.map((source, index) => `${index + 1}. ${source.citation}`).join(' ')}
        </Text>
      )}
      {/* The short handout's version ends its sources' line; the complete guide's stands apart. */}
      {(handout.length === 'full' || handout.sources.length === 0) && <Text style={s.sourceItem}>{version}</Text>}
    </View>
  )
}
