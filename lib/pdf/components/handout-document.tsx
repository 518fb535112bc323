import { Document, Page, Text, View } from '@react-pdf/renderer'
import { Fragment } from 'react'
import type { THandout } from '../../handout/assemble'
import { stylesFor, type TPrintSize } from '../styles'
import { HandoutHeader } from './handout-header'
import { NoteBox } from './note-box'
import { PageFooter } from './page-footer'
import { SectionBlock } from './section-block'
import { SourcesList } from './sources-list'
import { TeachBackBox } from './teach-back-box'
import { WebVersionQr } from './web-version-qr'

export function printSizeOf(handout: THandout): TPrintSize {
  if (handout.largePrint) return 'large'
  return handout.group.id === 'senior' ? 'senior' : 'standard'
}

/** English fits in either print size, Spanish (longer) only in standard print; bilingual prints it twice. */
const helpFitsOnOnePage = (handout: THandout) => handout.language === 'en' || (handout.language === 'es' && !handout.largePrint)

/** The whole handout. Metadata names the clinic, never the patient. */
export function HandoutDocument({ handout, logoSrc }: { handout: THandout; logoSrc?: string }) {
  const s = stylesFor(printSizeOf(handout))
  return (
    <Document
      title={`${handout.title}: patient handout`}
      author={handout.personal.clinicName ?? 'Handout Builder'}
      subject={handout.purpose}
      keywords={[handout.topicId, handout.group.id, ...handout.causes.map((cause) => cause.id)].join(', ')}
      creator="Handout Builder"
      producer="Handout Builder"
      language={handout.language === 'en' ? 'en-US' : 'es-US'}
    >
      {/* react-pdf's newer pagination measures the content once and packs it into pages; the
          default one lays out everything after each break again (a 6-page handout took 25% longer). */}
      <Page size="LETTER" style={s.page} experimentalPagination>
        {/* First: a fixed node repeats only on pages after the one where the flow reaches it. */}
        <PageFooter handout={handout} s={s} />
        <HandoutHeader handout={handout} logoSrc={logoSrc} s={s} />
        <NoteBox handout={handout} s={s} />
        {handout.parts.map((part) =>
          part.id === 'help' ? (
            <Fragment key={part.id}>
              <TeachBackBox handout={handout} s={s} />
              {/* Kept on one page where it fits on one; react-pdf would overprint a box too tall to move. */}
              <View style={s.helpBox} wrap={!helpFitsOnOnePage(handout)}>
                {part.sections.map((section) => (
                  <SectionBlock key={section.id} section={section} s={s} />
                ))}
              </View>
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
        <WebVersionQr handout={handout} s={s} />
        <SourcesList handout={handout} s={s} />
      </Page>
    </Document>
  )
}
