import type { THandout, THandoutSection } from '@/lib/handout/assemble'
import { STRINGS, stringsFor } from '@/lib/handout/strings'
import { Markdown } from './markdown'
import { StretchFigure } from './stretch-figure'
import { splitAtHeadings } from '@/lib/handout/split-at-headings'


/** Drawings beside their steps when there is one subheading per drawing, as in the PDF. */
function PreviewSection({ section, level }: { section: THandoutSection; level: THeadingLevels }) {
  const SectionHeading = level.section
  const SubHeading = level.sub
  const { intro, blocks } = splitAtHeadings(section.body.children)
  const drawings = section.illustrations
  const isPaired = drawings.length > 0 && blocks.length === drawings.length
  return (
    <section className="preview-section" aria-label={section.title}>
      <SectionHeading>{section.title}</SectionHeading>
      {isPaired ? (
        <>
          <Markdown nodes={intro} headingLevel={level.markdown} />
          {blocks.map((block, index) => (
            <div className="steps-with-figure" key={index}>
              <div>
                <Markdown nodes={block} headingLevel={level.markdown} />
              </div>
              <StretchFigure {...drawings[index]!} />
            </div>
          ))}
        </>
      ) : (
        <>
          <Markdown nodes={section.body.children} headingLevel={level.markdown} />
          {drawings.length > 0 && (
            <div className="figure-row">
              {drawings.map((drawing) => (
                <StretchFigure key={drawing.kind} {...drawing} />
              ))}
            </div>
          )}
        </>
      )}
      {section.english && (
        <div className="english-version" lang="en">
          <SubHeading>{section.english.title}</SubHeading>
          <Markdown nodes={section.english.body.children} headingLevel={level.markdown} />
        </div>
      )}
    </section>
  )
}

/** The box at the top, as the PDF draws it: what this is, the things to do as a checklist, when to get help, the clinic's number. */
function KeyPointsBox({ handout, level }: { handout: THandout; level: THeadingLevels }) {
  const SectionHeading = level.section
  const strings = stringsFor(handout.language)
  const { keyPoints, personal } = handout
  const title = handout.language === 'bilingual' ? `${STRINGS.es.keyPoints} · ${STRINGS.en.keyPoints}` : strings.keyPoints
  return (
    <section className="key-points" aria-label={title}>
      <SectionHeading>{title}</SectionHeading>
      <Markdown nodes={keyPoints.body.children} headingLevel={level.markdown} />
      {personal.clinicPhone && <p className="key-points-call">{strings.keyPointsCall(personal.clinicPhone)}</p>}
      {keyPoints.english && (
        <div className="english-version" lang="en">
          <Markdown nodes={keyPoints.english.body.children} headingLevel={level.markdown} />
        </div>
      )}
    </section>
  )
}

type THeadingLevels = { title: 'h1' | 'h3'; part: 'h2' | 'h4'; section: 'h3' | 'h5'; sub: 'h4' | 'h6'; markdown: 4 | 6 }

/** In the builder the handout sits under the page's own headings; on its public page it is the page. */
const LEVELS: Record<'preview' | 'page', THeadingLevels> = {
  preview: { title: 'h3', part: 'h4', section: 'h5', sub: 'h6', markdown: 6 },
  page: { title: 'h1', part: 'h2', section: 'h3', sub: 'h4', markdown: 4 },
}

/** The handout as HTML, from the same model the PDF is drawn from. */
export function HandoutPreview({ handout, as = 'preview' }: { handout: THandout; as?: 'preview' | 'page' }) {
  const level = LEVELS[as]
  const Title = level.title
  const PartTitle = level.part
  const SectionTitle = level.section
  const { personal } = handout
  const strings = stringsFor(handout.language)
  const formatDate = strings.formatDate
  return (
    <article className={`handout-preview${handout.largePrint ? ' large-print' : ''}${as === 'page' ? ' handout-page' : ''}`} aria-label={as === 'page' ? handout.title : 'Handout preview'} lang={handout.language === 'en' ? 'en' : 'es'}>
      <Title className="preview-title">{handout.title}</Title>
      {personal.patientFirstName && <p className="prepared-for">{strings.preparedFor(personal.patientFirstName)}</p>}
      <p className="byline">{[personal.clinicName, formatDate(handout.date)].filter(Boolean).join(' · ')}</p>
      {/* The purpose is the PDF's metadata, not its text: the key points say it on paper, and the preview shows the paper. */}
      <KeyPointsBox handout={handout} level={level} />
      {(personal.note || personal.followUpDate) && (
        <aside className="note-box" aria-label={strings.noteFrom(personal.clinicianName)}>
          <p className="note-label">{strings.noteFrom(personal.clinicianName)}</p>
          {personal.note && <p className="note-text">{personal.note}</p>}
          {personal.followUpDate && <p className="note-follow-up">{strings.nextVisit(formatDate(personal.followUpDate))}</p>}
        </aside>
      )}
      {handout.parts.map((part) =>
        part.id === 'help' ? (
          <div key={part.id}>
            {handout.teachBack && handout.teachBack.length > 0 && (
              <section className="teach-back" aria-label={strings.parts.teachBack}>
                <SectionTitle>{strings.parts.teachBack}</SectionTitle>
                <p>{strings.teachBackIntro}</p>
                <ul className="tick-list">
                  {handout.teachBack.map((item) => (
                    <li key={item.id}>
                      {item.question}
                      {item.english && (
                        <span className="english-question" lang="en">
                          {item.english}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <div className="help-box">
              {part.sections.map((section) => (
                <PreviewSection key={section.id} section={section} level={level} />
              ))}
            </div>
          </div>
        ) : (
          <div key={part.id} className="preview-part">
            {part.title && <PartTitle className="part-title">{part.title}</PartTitle>}
            {part.sections.map((section) => (
              <PreviewSection key={section.id} section={section} level={level} />
            ))}
          </div>
        ),
      )}
      {handout.sources.length > 0 && (
        <>
          <PartTitle className="part-title small">{strings.sources}</PartTitle>
          <ol className="sources">
            {handout.sources.map((source) => (
              <li key={source.key}>{source.citation}</li>
            ))}
          </ol>
        </>
      )}
      <p className="sources">
        {strings.contentVersion(handout.contentVersion.slice(0, 8))}
      </p>
    </article>
  )
}
