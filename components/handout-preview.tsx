import type { RootContent } from 'mdast'
import type { THandout, THandoutSection } from '@/lib/handout/assemble'
import { stringsFor } from '@/lib/handout/strings'
import { Markdown } from './markdown'
import { StretchFigure } from './stretch-figure'


function splitAtHeadings(nodes: readonly RootContent[]) {
  const intro: RootContent[] = []
  const blocks: RootContent[][] = []
  for (const node of nodes) {
    if (node.type === 'heading') blocks.push([node])
    else (blocks.at(-1) ?? intro).push(node)
  }
  return { intro, blocks }
}

/** Drawings beside their steps when there is one subheading per drawing, as in the PDF. */
function PreviewSection({ section }: { section: THandoutSection }) {
  const { intro, blocks } = splitAtHeadings(section.body.children)
  const drawings = section.illustrations
  const isPaired = drawings.length > 0 && blocks.length === drawings.length
  return (
    <section className="preview-section" aria-label={section.title}>
      <h5>{section.title}</h5>
      {isPaired ? (
        <>
          <Markdown nodes={intro} headingLevel={6} />
          {blocks.map((block, index) => (
            <div className="steps-with-figure" key={index}>
              <div>
                <Markdown nodes={block} headingLevel={6} />
              </div>
              <StretchFigure kind={drawings[index]!} />
            </div>
          ))}
        </>
      ) : (
        <>
          <Markdown nodes={section.body.children} headingLevel={6} />
          {drawings.length > 0 && (
            <div className="figure-row">
              {drawings.map((kind) => (
                <StretchFigure key={kind} kind={kind} />
              ))}
            </div>
          )}
        </>
      )}
      {section.english && (
        <div className="english-version" lang="en">
          <h6>{section.english.title}</h6>
          <Markdown nodes={section.english.body.children} headingLevel={6} />
        </div>
      )}
    </section>
  )
}

/** The handout as HTML, from the same model the PDF is drawn from. */
export function HandoutPreview({ handout }: { handout: THandout }) {
  const { personal } = handout
  const strings = stringsFor(handout.language)
  const formatDate = strings.formatDate
  return (
    <article className={`handout-preview${handout.largePrint ? ' large-print' : ''}`} aria-label="Handout preview" lang={handout.language === 'en' ? 'en' : 'es'}>
      <h3 className="preview-title">{handout.title}</h3>
      {personal.patientFirstName && <p className="prepared-for">{strings.preparedFor(personal.patientFirstName)}</p>}
      <p className="byline">{[personal.clinicName, formatDate(handout.date)].filter(Boolean).join(' · ')}</p>
      <p>{handout.purpose}</p>
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
                <h5>{strings.parts.teachBack}</h5>
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
                <PreviewSection key={section.id} section={section} />
              ))}
            </div>
          </div>
        ) : (
          <div key={part.id} className="preview-part">
            {part.title && <h4 className="part-title">{part.title}</h4>}
            {part.sections.map((section) => (
              <PreviewSection key={section.id} section={section} />
            ))}
          </div>
        ),
      )}
      {handout.sources.length > 0 && (
        <>
          <h4 className="part-title small">{strings.sources}</h4>
          <ol className="sources">
            {handout.sources.map((source) => (
              <li key={source.key}>{source.citation}</li>
            ))}
          </ol>
        </>
      )}
      <p className="sources">
        {strings.lastReviewed(formatDate(handout.lastReviewed))} {handout.isTranslationReviewed ? '' : strings.notReviewed}
      </p>
    </article>
  )
}
