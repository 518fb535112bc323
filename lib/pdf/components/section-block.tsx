import { Text, View } from '@react-pdf/renderer'
import type { THandoutSection } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { MarkdownPdf } from './markdown-pdf'
import { StretchDrawing } from './stretch-drawing'
import { splitAtHeadings } from '../../handout/split-at-headings'

/**
 * A section's title and text. Drawings go beside the steps they show when the section has
 * one subheading per drawing (calf, hamstring, thigh); otherwise they sit in a row below.
 */
export function SectionBlock({ section, s, showTitle = true }: { section: THandoutSection; s: THandoutStyles; showTitle?: boolean }) {
  const { intro, blocks } = splitAtHeadings(section.body.children)
  const drawings = section.illustrations
  const isPaired = drawings.length > 0 && blocks.length === drawings.length
  // A fragment, not a View: react-pdf paginates a flat run of blocks far better than nested boxes.
  return (
    <>
      {showTitle && (
        <Text style={s.sectionTitle} minPresenceAhead={60}>
          {section.title}
        </Text>
      )}
      {isPaired ? (
        <>
          <MarkdownPdf nodes={intro} s={s} />
          {blocks.map((block, index) => (
            <View key={index} style={s.stepsWithDrawing} wrap={false}>
              <View style={s.steps}>
                <MarkdownPdf nodes={block} s={s} />
              </View>
              <StretchDrawing kind={drawings[index]!} s={s} />
            </View>
          ))}
        </>
      ) : (
        <>
          <MarkdownPdf nodes={section.body.children} s={s} />
          {drawings.length > 0 && (
            <View style={s.drawingRow} wrap={false}>
              {drawings.map((kind) => (
                <StretchDrawing key={kind} kind={kind} s={s} />
              ))}
            </View>
          )}
        </>
      )}
      {section.english && (
        <View style={s.englishVersion}>
          <Text style={s.englishTitle} minPresenceAhead={40}>
            {section.english.title}
          </Text>
          <MarkdownPdf nodes={section.english.body.children} s={s} />
        </View>
      )}
    </>
  )
}
