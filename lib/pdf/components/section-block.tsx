import { Text, View } from '@react-pdf/renderer'
import { Fragment, type ReactNode } from 'react'
import type { THandoutSection } from '../../handout/assemble'
import type { THandoutStyles } from '../styles'
import { MarkdownPdf } from './markdown-pdf'
import { StretchDrawing } from './stretch-drawing'
import { splitAtHeadings } from '../../handout/split-at-headings'

/**
 * A section's title and text. Drawings go beside the steps they show when the section has
 * one subheading per drawing (calf, hamstring, thigh); otherwise they sit in a row below.
 */
export function SectionBlock({ section, s, showTitle = true, lead }: { section: THandoutSection; s: THandoutStyles; showTitle?: boolean; lead?: ReactNode }) {
  const { intro, blocks } = splitAtHeadings(section.body.children)
  const drawings = section.illustrations
  const isPaired = drawings.length > 0 && blocks.length === drawings.length
  // Titles above the text (a part's, this section's) travel with its first lines; see MarkdownPdf.
  const titles =
    lead || showTitle ? (
      <Fragment key="titles">
        {lead}
        {showTitle && <Text style={s.sectionTitle}>{section.title}</Text>}
      </Fragment>
    ) : undefined
  // A fragment, not a View: react-pdf paginates a flat run of blocks far better than nested boxes.
  return (
    <>
      {isPaired ? (
        <>
          <MarkdownPdf nodes={intro} s={s} lead={intro.length > 0 ? titles : undefined} />
          {blocks.map((block, index) => (
            <View key={index} wrap={false}>
              {index === 0 && intro.length === 0 && titles}
              <View style={s.stepsWithDrawing}>
                <View style={s.steps}>
                  <MarkdownPdf nodes={block} s={s} />
                </View>
                <StretchDrawing {...drawings[index]!} s={s} />
              </View>
            </View>
          ))}
        </>
      ) : (
        <MarkdownPdf
          nodes={section.body.children}
          s={s}
          lead={titles}
          trail={
            drawings.length > 0 && (
              <View key="drawings" style={s.drawingRow}>
                {drawings.map((drawing) => (
                  <StretchDrawing key={drawing.kind} {...drawing} s={s} />
                ))}
              </View>
            )
          }
        />
      )}
      {section.english && (
        <View style={s.englishVersion}>
          <MarkdownPdf
            nodes={section.english.body.children}
            s={s}
            lead={
              <Text key="english-title" style={s.englishTitle}>
                {section.english.title}
              </Text>
            }
          />
        </View>
      )}
    </>
  )
}
