import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HandoutPreview } from '@/components/handout-preview'
import { PrintButton } from '@/components/print-button'
import { webVersionOf } from '@/lib/handout/handout-model'
import { findClinicContact, type TClinicContact } from '@/lib/data/clinic-contacts'
import { db } from '@/lib/db'
import { webLink } from '@/lib/env'
import { AppError } from '@/lib/errors'
import { STRINGS } from '@/lib/handout/strings'
import { decodeWebId, type TWebChoices } from '@/lib/handout/web-link'

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const metadata: Metadata = { title: 'Patient handout', robots: { index: false, follow: false } }

const TOOLS = {
  en: {
    larger: 'Larger text',
    normal: 'Normal text',
    print: 'Print',
    noScript: "To print, use your browser's Print command.",
    updated: 'This guide has been updated since your handout was printed. This is the current version.',
    complete: 'This is the complete guide.',
    printedShort: 'Your printed handout has the short version.',
  },
  es: {
    larger: 'Letra más grande',
    normal: 'Letra normal',
    print: 'Imprimir',
    noScript: 'Para imprimir, use la opción Imprimir de su navegador.',
    updated: 'Esta guía se actualizó después de que imprimieron su hoja. Esta es la versión actual.',
    complete: 'Esta es la guía completa.',
    printedShort: 'Su hoja impresa tiene la versión corta.',
  },
}

/**
 * The public web version of a printed handout: the complete guide for the same choices, whatever
 * length was printed, with no name and no note. Works without JavaScript.
 */
export default async function WebHandoutPage({ params, searchParams }: TProps) {
  const choices = decodeWebId((await params).id, webLink.keys)
  if (!choices) notFound()
  const contact = choices.contact ? await findClinicContact(db, choices.contact) : undefined
  // Signed, but the guide no longer has one of its choices: not found. A clinic name the rules
  // now refuse costs the page its clinic line, not the guide.
  const web = webVersionOrNone(choices, contact) ?? (contact && webVersionOrNone(choices)) ?? notFound()
  const isLarge = (await searchParams).text === 'large'
  const tools = TOOLS[choices.language === 'en' ? 'en' : 'es']
  return (
    <div className={`web-handout${isLarge ? ' large-text' : ''}`} lang={choices.language === 'en' ? 'en' : 'es'}>
      {contact && <ClinicCall contact={contact} language={choices.language} />}
      <nav className="web-tools" aria-label={tools.print}>
        {isLarge ? <a href="?">{tools.normal}</a> : <a href="?text=large">{tools.larger}</a>}
        <PrintButton label={tools.print} />
        <noscript>
          <span>{tools.noScript}</span>
        </noscript>
      </nav>
      <p className="notice">
        {tools.complete}
        {choices.length === 'short' && ` ${tools.printedShort}`}
      </p>
      {web.isUpdatedSincePrinted && (
        <p className="notice" role="status">
          {tools.updated}
        </p>
      )}
      <HandoutPreview handout={web.handout} as="page" />
    </div>
  )
}

function webVersionOrNone(choices: TWebChoices, contact?: TClinicContact) {
  try {
    return webVersionOf(choices, contact)
  } catch (error) {
    if (error instanceof AppError) return undefined
    throw error
  }
}

/** The clinic that printed the handout, and its phone as a link a phone can call, in each of the handout's languages. */
function ClinicCall({ contact, language }: { contact: TClinicContact; language: TWebChoices['language'] }) {
  const languages = language === 'bilingual' ? (['es', 'en'] as const) : [language]
  const tel = `tel:${contact.phone.replace(/[^\d+]/g, '')}`
  return (
    <div className="clinic-call">
      {languages.map((lang) => (
        // The phone comes last in both languages' line, so it follows the words as a link.
        <p key={lang} lang={lang}>
          {STRINGS[lang].questionsCall(contact.name, '')}
          <a href={tel}>{contact.phone}</a>
        </p>
      ))}
    </div>
  )
}
