import { Text, View } from '@react-pdf/renderer'
import { Fragment, type ReactNode } from 'react'
import type { THandoutSection } from '../../handout/assemble'
import { BODY_SIZE, type THandoutStyles } from '../styles'
import { MarkdownPdf } from './markdown-pdf'
import { StretchDrawing } from './stretch-drawing'
import { splitAtHeadings } from '../../handout/split-at-headings'

/** A step block beside its drawing, kept whole. */
function StepsWithDrawing({ nodes, drawing, s, lead }: { nodes: THandoutSection['body']['children']; drawing: THandoutSection['illustrations'][number]; s: THandoutStyles; lead?: ReactNode }) {
  return (
    <View wrap={false}>
      {lead}
      <View style={s.stepsWithDrawing}>
        <View style={s.steps}>
          <MarkdownPdf nodes={nodes} s={s} />
        </View>
        <StretchDrawing {...drawing} s={s} />
      </View>
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
          {blocks.slice(0, drawings.length).map((block, index) => (
            <StepsWithDrawing
              key={index}
              nodes={block}
              drawing={drawings[index]!}
              s={s}
              lead={
                index === 0 && (
                  <>
                    {titles}
                    <MarkdownPdf nodes={intro} s={s} />
                  </>
                )
              }
            />
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
              {drawings.map((drawing) => (
                <StretchDrawing key={drawing.kind} {...drawing} s={s} />
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

/** A help section's groups: its title and intro with the first subheading, then one per subheading. */
function helpGroups(title: string, body: THandoutSection['body'], s: THandoutStyles, isEnglish: boolean): ReactNode[] {
  const { intro, blocks } = splitAtHeadings(body.children)
  const groups = [[...intro, ...(blocks[0] ?? [])], ...blocks.slice(1)]
  return groups.map((nodes, index) => (
    <View key={`${isEnglish ? 'en' : 'first'}-${index}`} wrap={false} style={isEnglish ? s.englishVersion : undefined}>
      {index === 0 && <Text style={isEnglish ? s.englishTitle : s.sectionTitle}>{title}</Text>}
      <MarkdownPdf nodes={nodes} s={s} />
    </View>
  ))
}

/**
 * When to get help, in its box: it may break between groups (emergency, today, appointment),
 * never inside one, and its last group stays on a page with `trail` (the web version's code),
 * so the sources after it never open a page alone.
 */
export function HelpBox({ sections, s, trail }: { sections: readonly THandoutSection[]; s: THandoutStyles; trail?: ReactNode }) {
  const groups = sections.flatMap((section) => [...helpGroups(section.title, section.body, s, false), ...(section.english ? helpGroups(section.english.title, section.english.body, s, true) : [])])
  const last = groups.pop()
  // Each group is a box piece of its own at the top level, where react-pdf breaks pages well:
  // the first has the box's top edge, the last its bottom edge.
  return (
    <>
      {groups.map((group, index) => (
        <View key={index} wrap={false} style={index === 0 ? s.helpBoxHead : s.helpBoxMiddle}>
          {group}
        </View>
      ))}
      <View wrap={false}>
        <View style={groups.length > 0 ? s.helpBoxTail : s.helpBox}>{last}</View>
        {trail}
      </View>
    </>
  )
}
