/** The words a handout prints around the guide sections, per language. */
export type THandoutLanguage = 'en' | 'es' | 'bilingual'
export type TStringsLocale = 'en' | 'es'

// One formatter per language, made once: toLocaleDateString builds one for every date, which
// was about 1% of a PDF's render (measured 40 µs a date warm, 1 µs now).
const dateFormat = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
  return (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`))
}

/** A phone number never breaks over two lines: its spaces do not break. */
const keepTogether = (phone: string) => phone.replace(/ /g, '\u00a0')

export const STRINGS = {
  en: {
    parts: { understand: 'What is happening', relief: 'What to do when it starts', prevention: 'How to prevent it', causes: 'What may be causing yours', more: 'More to know', teachBack: 'Check your understanding' },
    alsoCovers: (causes: string) => `It also covers what may be causing yours: ${causes}.`,
    and: 'and',
    preparedFor: (name: string) => `Prepared for ${name}`,
    noteFrom: (name: string | undefined) => (name ? `A note from ${name}` : 'A note from your care team'),
    nextVisit: (date: string) => `Your next visit: ${date}`,
    sources: 'Sources',
    keyPoints: 'Key points',
    // The clinic's name is in the header and every footer; here it would cost a line in the box.
    keyPointsCall: (phone: string) => `Call your clinic: ${keepTogether(phone)}.`,
    contentVersion: (version: string) => `Guide text version ${version}.`,
    questionsCall: (clinic: string, phone: string) => `Questions? Call ${clinic}: ${phone}`,
    questionsCallNumber: (phone: string) => `Questions? Call ${phone}`,
    yourClinic: 'your clinic',
    /** The PDF puts each page's numbers in. */
    pageOf: 'Page {page} of {pages}',
    teachBackIntro: 'Your doctor or nurse may ask these questions. Check off each one you can answer.',
    webVersion: 'Scan to read this handout online.',
    figureCaptions: { 'calf-stretch': 'Calf', 'hamstring-stretch': 'Hamstring', 'quadriceps-stretch': 'Front of thigh' },
    formatDate: dateFormat('en-US'),
  },
  es: {
    parts: { understand: 'Qué está pasando', relief: 'Qué hacer cuando empieza', prevention: 'Cómo prevenirlo', causes: 'Qué puede estar causando los suyos', more: 'Más información', teachBack: 'Compruebe lo que entendió' },
    alsoCovers: (causes: string) => `También explica qué puede estar causando los suyos: ${causes}.`,
    and: 'y',
    preparedFor: (name: string) => `Preparado para ${name}`,
    noteFrom: (name: string | undefined) => (name ? `Una nota de ${name}` : 'Una nota de su equipo de salud'),
    nextVisit: (date: string) => `Su próxima cita: ${date}`,
    sources: 'Fuentes',
    keyPoints: 'Lo más importante',
    keyPointsCall: (phone: string) => `Llame a su clínica: ${keepTogether(phone)}.`,
    contentVersion: (version: string) => `Versión de la guía: ${version}.`,
    questionsCall: (clinic: string, phone: string) => `¿Preguntas? Llame a ${clinic}: ${phone}`,
    questionsCallNumber: (phone: string) => `¿Preguntas? Llame al ${phone}`,
    yourClinic: 'su clínica',
    pageOf: 'Página {page} de {pages}',
    teachBackIntro: 'Su médico o enfermera puede hacerle estas preguntas. Marque cada una que sepa contestar.',
    webVersion: 'Escanee para leer esta hoja en internet.',
    // Short: they sit under a small drawing, beside the heading that names the stretch in full.
    figureCaptions: { 'calf-stretch': 'Pantorrilla', 'hamstring-stretch': 'Atrás del muslo', 'quadriceps-stretch': 'Delante del muslo' },
    formatDate: dateFormat('es-US'),
  },
} as const

export type TStrings = (typeof STRINGS)[TStringsLocale]

/** The language a handout's own words are printed in: Spanish for Spanish and bilingual handouts. */
export const stringsFor = (language: THandoutLanguage): TStrings => STRINGS[language === 'en' ? 'en' : 'es']
