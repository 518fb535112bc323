import { Text, View } from '@react-pdf/renderer'
import { Fragment, type ReactNode } from 'react'
import type { TPrintedSection as THandoutSection } from '../handout-model'
import { BODY_SIZE, type THandoutStyles } from '../styles'
import { BoxInPieces } from './box-in-pieces'
import { markdownBlocks, MarkdownPdf } from './markdown-pdf'
import { StretchDrawing } from './stretch-drawing'
import { splitAtHeadings } from '../split-at-headings'

/** A step block beside its drawing, kept whole. */
function StepsWithDrawing({ nodes, drawing, s }: { nodes: THandoutSection['body']['children']; drawing: THandoutSection['illustrations'][number]; s: THandoutStyles }) {
  return (
    <View wrap={false} style={s.stepsWithDrawing}>
      <View style={s.steps}>
        <MarkdownPdf nodes={nodes} s={s} />
      </View>
      <StretchDrawing {...drawing} s={s} />
    </View>
  )
}

/**
 * A section's title and text. Its drawings stand in a column beside the text, in the order of
 * its subheadings (calf, then hamstring): beside the steps, not under them, so a section of
 * short steps takes no more height than its drawings. In large print, where the whole may not
 * fit what is left of a page, each subheading's steps stand beside their own drawing instead,
 * and the section may break between them.
 */
export function SectionBlock({ section, s, showTitle = true, lead }: { section: THandoutSection; s: THandoutStyles; showTitle?: boolean; lead?: ReactNode }) {
  const drawings = section.illustrations
  // Titles above the text (a part's, this section's) travel with its first lines; see MarkdownPdf.
  const titles =
    lead || showTitle ? (
      <Fragment key="titles">
        {lead}
        {showTitle && <Text style={s.sectionTitle}>{section.title}</Text>}
      </Fragment>
    ) : undefined
  const { intro, blocks } = splitAtHeadings(section.body.children)
  const isPairedPerBlock = Number(s.paragraph.fontSize) >= BODY_SIZE.large && drawings.length > 1 && blocks.length >= drawings.length
  // A fragment, not a View: react-pdf paginates a flat run of blocks far better than nested boxes.
  return (
    <>
      {isPairedPerBlock ? (
        <>
          {/* The titles and the opening line may end a page: a drawing and its steps are too tall to keep with them. */}
          <MarkdownPdf nodes={intro} s={s} lead={titles} />
          {blocks.slice(0, drawings.length).map((block, index) => (
            <StepsWithDrawing key={index} nodes={block} drawing={drawings[index]!} s={s} />
          ))}
          <MarkdownPdf nodes={blocks.slice(drawings.length).flat()} s={s} />
        </>
      ) : drawings.length > 0 ? (
        <View wrap={false}>
          {titles}
          <View style={s.stepsWithDrawing}>
            <View style={s.steps}>
              <MarkdownPdf nodes={section.body.children} s={s} />
            </View>
            <View>
              {drawings.map((drawing, index) => (
                <StretchDrawing key={index} {...drawing} s={s} />
              ))}
            </View>
          </View>
        </View>
      ) : (
        <MarkdownPdf nodes={section.body.children} s={s} lead={titles} />
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

/**
 * When to get help, in its box: it may break between any two of its pieces (a subheading kept
 * with its first line, then each line), so it fills what is left of a page. Its last group (a
 * subheading and all its lines) stays whole on a page with `trail` (the web version's code and
 * sources), so the last page never holds one lone line above them. The help box is the last
 * part of a handout: the group moves to a page that exists anyway and never adds one.
 */
export function HelpBox({ sections, s, trail }: { sections: readonly THandoutSection[]; s: THandoutStyles; trail?: ReactNode }) {
  const pieces = sections.flatMap((section, index) => {
    const isLast = index === sections.length - 1
    const own = markdownBlocks({ nodes: section.body.children, s, lead: <Text key="title" style={s.sectionTitle}>{section.title}</Text>, isLastListWhole: isLast && !section.english })
    if (!section.english) return own
    const english = markdownBlocks({ nodes: section.english.body.children, s, lead: <Text key="english-title" style={s.englishTitle}>{section.english.title}</Text>, isLastListWhole: isLast })
    return [
      ...own,
      ...english.map((block, index) => (
        <View key={`english-${index}`} style={index === 0 ? s.englishVersion : s.englishVersionContinued}>
          {block}
        </View>
      )),
    ]
  })
  return <BoxInPieces pieces={pieces} frame={s.frames.help} trail={trail} />
}
