import { Document, Page, Text } from '@react-pdf/renderer'
import { Fragment } from 'react'
import type { TPrintedHandout } from '../handout-model'
import { PAGE_SIZE, stylesFor } from '../styles'
import { HandoutHeader } from './handout-header'
import { KeyPointsBox } from './key-points-box'
import { NoteBox } from './note-box'
import { PageFooter } from './page-footer'
import { HelpBox, SectionBlock } from './section-block'
import { SourcesList } from './sources-list'
import { TeachBackBox } from './teach-back-box'
import { WebVersionQr } from './web-version-qr'

/** The whole handout. Metadata names the clinic, never the patient. */
export function HandoutDocument({ handout, logoSrc, onPageCount }: { handout: TPrintedHandout; logoSrc?: string; onPageCount?: (pages: number | undefined) => void }) {
  const s = stylesFor(handout.printSize, handout.paper)
  return (
    <Document
      title={`${handout.title}: patient handout`}
      author={handout.personal.clinicName ?? 'Handout Builder'}
      subject={handout.subject}
      keywords={handout.keywords.join(', ')}
      creator="Handout Builder"
      producer="Handout Builder"
      language={handout.locale}
    >
      {/* react-pdf's newer pagination measures the content once and packs it into pages; the
          default one lays out everything after each break again (a 6-page handout took 25% longer). */}
      <Page size={PAGE_SIZE[handout.paper].name} style={s.page} experimentalPagination>
        {/* First: a fixed node repeats only on pages after the one where the flow reaches it. */}
        <PageFooter handout={handout} s={s} onPageCount={onPageCount} />
        <HandoutHeader handout={handout} logoSrc={logoSrc} s={s} />
        <KeyPointsBox handout={handout} s={s} />
        <NoteBox handout={handout} s={s} />
        {handout.parts.map((part) =>
          part.isHelp ? (
            <Fragment key={part.id}>
              <TeachBackBox handout={handout} s={s} />
              <HelpBox
                sections={part.sections}
                s={s}
                trail={
                  <WebVersionQr handout={handout} s={s}>
                    {/* The short handout's few short sources stay on the page with the help box; the
                        complete guide's full citations are too long to keep whole in large print. */}
                    {handout.length === 'short' && <SourcesList handout={handout} s={s} />}
                  </WebVersionQr>
                }
              />
              {handout.length === 'full' && <SourcesList handout={handout} s={s} />}
            </Fragment>
          ) : (
            <Fragment key={part.id}>
              {part.sections.map((section, index) => (
                <SectionBlock
                  key={section.id}
                  section={section}
                  s={s}
                  lead={
                    index === 0 && part.title ? (
                      <Text key="part-title" style={s.partTitle}>
                        {part.title}
                      </Text>
                    ) : undefined
                  }
                />
              ))}
            </Fragment>
          ),
        )}
      </Page>
    </Document>
  )
}
