import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CORPUS } from '@/tests/support/corpus'
import { topicLibrary } from '@/lib/content/load-topic'
import { makeHandoutHere } from '../support/make-handout-here'
import { STRINGS } from '@/lib/handout/strings'
import { readPdf } from '../support/read-pdf'

const PERSONAL = { patientFirstName: 'Rosa', note: 'Drink a glass of water with each meal.', clinicName: 'Demo Family Clinic', clinicPhone: '555-0100', clinicianName: 'Dr. Dana Demo' }
const BASE_REQUESTS = [
  ...CORPUS.map((entry) => ({ name: entry.name, request: entry.request })),
  { name: 'pregnant, named, with a note', request: { group: 'pregnant', causes: ['dehydration', 'long-standing'], personal: PERSONAL } },
  { name: 'senior in Spanish with teach-back', request: { group: 'senior', causes: ['dehydration', 'medications'], options: { language: 'es', teachBack: true }, personal: PERSONAL } },
  { name: 'diabetic, bilingual', request: { group: 'diabetic', causes: ['nerve-compression'], options: { language: 'bilingual' }, personal: PERSONAL } },
  { name: 'pregnant, three causes, named, with a longer note', request: { group: 'pregnant', causes: ['pregnancy', 'dehydration', 'long-standing'], personal: { ...PERSONAL, patientFirstName: 'Maya', note: 'Drink a glass of water with each meal, and stretch your calves before bed.' } } },
  { name: 'pregnant, bilingual, teach-back', request: { group: 'pregnant', causes: ['pregnancy', 'dehydration', 'long-standing'], options: { language: 'bilingual', teachBack: true }, personal: PERSONAL } },
  { name: 'diabetic, bilingual, large print, teach-back', request: { group: 'diabetic', causes: ['poor-circulation', 'nerve-compression', 'medications'], options: { language: 'bilingual', largePrint: true, teachBack: true }, personal: { ...PERSONAL, patientFirstName: 'Walter', note: 'Check your feet every evening. Call us if a cramp lasts more than ten minutes.' } } },
  // Its help box ran one line onto a page of its own, above the code and the sources.
  { name: 'pregnant in Spanish, large print, no causes', request: { group: 'pregnant', causes: [], options: { language: 'es', largePrint: true }, personal: PERSONAL } },
  { name: 'pregnant in Spanish, large print', request: { group: 'pregnant', causes: ['pregnancy', 'dehydration', 'long-standing'], options: { language: 'es', largePrint: true }, personal: { ...PERSONAL, patientFirstName: 'Maya', note: 'Drink a glass of water with each meal, and stretch your calves before bed.' } } },
]
/** Each request as the short handout (the default) and as the complete guide, which runs to many more pages. */
const REQUESTS = (['short', 'full'] as const).flatMap((length) =>
  BASE_REQUESTS.map(({ name, request }) => {
    const options = 'options' in request ? request.options : {}
    return { name: `${name}, ${length}`, request: { ...request, options: { ...options, length } } }
  }),
)
/** Above the footer's text (its baseline 27 pt from the foot of the page) and below the lowest body line (about 48 pt). */
const FOOTER_TOP = 40
const WEB_LINK = { baseUrl: 'http://localhost:3000', keys: ['test-only-secret-0123456789abcdefghijklmnop'] as const }
type TPages = Awaited<ReturnType<typeof readPdf>>['pages']
type TMade = Awaited<ReturnType<typeof makeHandoutHere>>

// Each request is rendered and read back once, for every check below that looks at it.
const rendered = new Map<object, Promise<{ made: TMade; pages: TPages }>>()
const renderedOf = (request: object) => {
  let made = rendered.get(request)
  if (!made) rendered.set(request, (made = makeHandoutHere(request, { date: '2026-11-26', webLink: WEB_LINK }).then(async (made) => ({ made, pages: (await readPdf(made.pdf)).pages }))))
  return made
}
const pagesOf = async (request: object): Promise<TPages> => (await renderedOf(request)).pages

/** The last group heading of "When to get help" as printed last: the English one in a bilingual handout. */
const lastHelpHeadingOf = ({ handout }: TMade): string => {
  const section = handout.parts.find((part) => part.id === 'help')!.sections.at(-1)!
  const heading = (section.english ?? section).body.children.findLast((node) => node.type === 'heading')!
  return textOf(heading)
}
const textOf = (node: object): string => ('value' in node ? String(node.value) : 'children' in node ? (node.children as object[]).map(textOf).join('') : '')

/** The body text's size: the largest size that a quarter of the runs or more are set in. */
const bodySizeOf = (pages: TPages): number => {
  const sizes = pages.flatMap((page) => page.items.filter((item) => item.str.trim()).map((item) => Math.round(item.fontSize)))
  return Math.max(...[...new Set(sizes)].filter((size) => sizes.filter((other) => other === size).length > sizes.length / 4))
}

describe('page breaks on paper', () => {
  it.each(REQUESTS)('never leave a page blank but for its footer: $name', async ({ request }) => {
    const pages = await pagesOf(request)
    const blank = pages.flatMap((page, index) => (page.items.some((item) => item.str.trim() && item.y > FOOTER_TOP) ? [] : [`page ${index + 1} of ${pages.length}`]))
    expect(blank).toEqual([])
  })

  it.each(REQUESTS)('never leave a heading alone at the foot of a page: $name', async ({ request }) => {
    const pages = await pagesOf(request)
    const bodySize = bodySizeOf(pages)
    for (const [index, page] of pages.slice(0, -1).entries()) {
      // The lowest run above the footer band, which holds the clinic line and the page number.
      const lastContent = page.items.filter((item) => item.str.trim() && item.y > FOOTER_TOP).reduce<TPages[number]['items'][number] | undefined>((lowest, item) => (lowest && lowest.y <= item.y ? lowest : item), undefined)
      if (!lastContent) continue // a blank page: see the check above
      expect(Math.round(lastContent.fontSize), `page ${index + 1} ends with "${lastContent.str}"`).toBeLessThanOrEqual(bodySize)
    }
  })
})

const TOPIC = topicLibrary().load('leg-cramps')
// Every cause and every optional part the topic offers: the longest handout it can print.
// Every cause a senior can have (pregnancy cannot be chosen for a senior).
const EVERYTHING = { causes: TOPIC.causes.filter((cause) => !cause.notGroups.includes('senior')).map((cause) => cause.id), extras: TOPIC.sections.filter((section) => section.optional).map((section) => section.id) }
const MATRIX = (['en', 'es', 'bilingual'] as const).flatMap((language) =>
  [false, true].flatMap((largePrint) => [false, true].map((teachBack) => ({ name: `${language}, ${largePrint ? 'large' : 'standard'} print${teachBack ? ', teach-back' : ''}`, language, largePrint, teachBack }))),
)
const LENGTHS = ['short', 'full'] as const

/** Pairs of text runs printed on top of each other, page by page. */
const overprinted = (pages: TPages) =>
  pages.flatMap((page, index) => {
    const runs = page.items.filter((item) => item.str.trim() && item.width > 0)
    return runs.flatMap((run, at) =>
      runs
        .slice(at + 1)
        .filter((other) => Math.abs(run.y - other.y) < 0.6 * Math.min(run.fontSize, other.fontSize) && Math.min(run.x + run.width, other.x + other.width) - Math.max(run.x, other.x) > 1)
        .map((other) => `page ${index + 1}: "${run.str}" / "${other.str}"`),
    )
  })

describe('text', () => {
  it.each(REQUESTS)('is never printed over other text: $name', async ({ request }) => {
    expect(overprinted(await pagesOf(request))).toEqual([])
  })
})

describe('drawings', () => {
  const captions = new Set<string>(Object.values(STRINGS).flatMap((strings) => Object.values(strings.figureCaptions)))
  it.each(REQUESTS)('never open a page apart from the steps they show: $name', async ({ request }) => {
    const pages = await pagesOf(request)
    const bodySize = bodySizeOf(pages)
    for (const [index, page] of pages.entries()) {
      const content = page.items.filter((item) => item.str.trim() && item.y > FOOTER_TOP)
      const top = content.reduce<(typeof content)[number] | undefined>((highest, item) => (highest && highest.y >= item.y ? highest : item), undefined)
      if (!top) continue // a blank page: see the page-break checks
      // A caption is smaller than the body; a step block's subheading of the same words is not.
      const isCaption = captions.has(top.str.trim()) && Math.round(top.fontSize) < bodySize
      expect(isCaption, `page ${index + 1} opens with the drawing "${top.str}"`).toBe(false)
    }
  })
})


describe('lists', () => {
  const bodyRuns = (page: TPages[number]) => page.items.filter((item) => item.str.trim() && item.y > FOOTER_TOP)

  it.each(REQUESTS)('are never cut from the sentence that introduces them: $name', async ({ request }) => {
    const pages = await pagesOf(request)
    // The complete guide's citations may run over a page; a colon inside one introduces nothing.
    const sourcesFrom = pages.findIndex((page) => bodyRuns(page).some((run) => /^(Sources|Fuentes):/.test(run.str.trim())))
    for (const [index, page] of pages.slice(0, sourcesFrom < 0 ? -1 : sourcesFrom).entries()) {
      const runs = bodyRuns(page)
      const lowest = Math.min(...runs.map((run) => run.y))
      const lastLine = runs.filter((run) => Math.abs(run.y - lowest) < 1).sort((a, b) => a.x - b.x)
      expect(lastLine.map((run) => run.str).join('').trim(), `page ${index + 1} ends with a list's introduction`).not.toMatch(/:$/)
    }
  })
})

describe('the sources', () => {
  const SOURCES = /^(Sources|Fuentes):/
  const VERSION_ANYWHERE = /(Guide text version|Versión de la guía:) [0-9a-f]{8}\./g
  const QR_CAPTIONS = new Set<string>(Object.values(STRINGS).map((strings) => strings.webVersion))

  // The short handout, which a patient gets; the complete guide's full citations in large print
  // can still end on a page of their own (noted for the next session).
  it.each(REQUESTS.filter(({ request }) => request.options?.length !== 'full'))(
    'never fill a page alone: the page with the sources and the version line also holds the handout text before them: $name',
    async ({ request }) => {
      const pages = await pagesOf(request)
      const holding = pages.filter((page) => page.items.some((item) => SOURCES.test(item.str.trim())))
      expect(holding, 'one page holds the sources').toHaveLength(1)
      const page = holding[0]!
      expect(page, 'the sources are on the last page').toBe(pages.at(-1))
      const runs = page.items.filter((item) => item.str.trim() && item.y > FOOTER_TOP)
      const sourcesRun = runs.find((item) => SOURCES.test(item.str.trim()))!
      // The short handout's version closes its sources' paragraph.
      const sourcesText = runs.filter((item) => item.y <= sourcesRun.y).map((item) => item.str).join(' ')
      expect(sourcesText.match(VERSION_ANYWHERE) ?? [], 'the version is printed once, with the sources').toHaveLength(1)
      // What stands above the web link's caption (or the sources, without one) is the handout's own
      // text: the last group of "When to get help" whole, its heading and its lines, never one lone line.
      const caption = runs.find((item) => QR_CAPTIONS.has(item.str.trim()))
      const above = runs.filter((item) => item.y > (caption ?? sourcesRun).y + 1)
      const lines = runs.map((item) => item.str.trim()).join(' / ')
      expect(above.some((item) => item.str.trim() === '•'), lines).toBe(true)
      expect(page.text.replace(/\s+/g, ' '), 'the last group of When to get help is whole on the last page').toContain(lastHelpHeadingOf((await renderedOf(request)).made))
    },
  )

  it.each(REQUESTS)('claim no review date: $name', async ({ request }) => {
    const text = (await pagesOf(request)).map((page) => page.text).join(' ')
    expect(text).not.toMatch(/reviewed|revis(ó|ado) por|última vez el/i)
  })
})

describe('boxes kept whole', () => {
  afterEach(() => vi.restoreAllMocks())

  it.each(LENGTHS.flatMap((length) => MATRIX.map((entry) => ({ ...entry, length, name: `${entry.name}, ${length}` }))))(
    'are never taller than a page, and nothing is printed over anything: $name',
    async ({ language, largePrint, teachBack, length }) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { pdf } = await makeHandoutHere({ group: 'senior', causes: EVERYTHING.causes, personal: PERSONAL, options: { language, largePrint, teachBack, length, extras: EVERYTHING.extras } })
    expect(warn.mock.calls.flat().filter((message) => /can't wrap between pages|exceeds available height/.test(String(message)))).toEqual([])
    expect(overprinted((await readPdf(pdf)).pages)).toEqual([])
  },
  )
})

describe('line breaks', () => {
  const sourceText = (folder: string): string =>
    readdirSync(folder, { withFileTypes: true })
      .map((entry) => (entry.isDirectory() ? sourceText(path.join(folder, entry.name)) : readFileSync(path.join(folder, entry.name), 'utf8')))
      .join('\n')
  const written = sourceText(path.join(process.cwd(), 'templates', 'leg-cramps'))

  it.each((['en', 'es'] as const).flatMap((language) => LENGTHS.map((length) => [language, length] as const)))('never cut a word with a hyphen of their own (%s, %s)', async (language, length) => {
    const { pdf } = await makeHandoutHere({ group: 'senior', causes: EVERYTHING.causes, personal: PERSONAL, options: { language, largePrint: true, length, extras: EVERYTHING.extras } })
    const cut = (await readPdf(pdf)).pages
      .flatMap((page) => page.items.map((item) => item.str.trim()))
      .map((line) => /(\S+)-$/.exec(line)?.[1])
      .filter((word): word is string => Boolean(word) && !written.includes(`${word}-`))
    expect(cut).toEqual([])
  })
})

describe('the footer', () => {
  const LONG = { ...PERSONAL, clinicName: 'Centro de Salud Comunitario y Clínica Familiar del Valle de San Joaquín, Sede Norte', clinicPhone: '+1 (555) 010-0100 / 010-0199 ext. 4321' }
  const LINES = [
    { name: 'a usual clinic', personal: PERSONAL },
    { name: 'a long name and phone entry', personal: LONG },
  ]
  it.each(MATRIX.flatMap((entry) => LINES.map((line) => ({ ...entry, ...line, name: `${entry.name}, ${line.name}` }))))(
    'keeps the contact line left of the page number: $name',
    async ({ language, largePrint, personal }) => {
      const { pdf } = await makeHandoutHere({ group: 'senior', causes: ['dehydration'], personal, options: { language, largePrint } })
      for (const page of (await readPdf(pdf)).pages) {
        const footer = page.items.filter((item) => item.str.trim() && item.y < FOOTER_TOP)
        const number = footer.find((item) => /^(Page|Página) \d+ (of|de) \d+$/.test(item.str))!
        const contact = footer.filter((item) => item !== number)
        expect(contact.map((item) => item.str).join('')).toMatch(/555/)
        expect(Math.max(...contact.map((item) => item.x + item.width))).toBeLessThan(number.x - 6)
        expect(new Set(contact.map((item) => Math.round(item.y))).size).toBe(1)
      }
    },
  )
})
