import { setTextLayoutCache } from '@react-pdf/layout'
import { afterAll, describe, expect, it } from 'vitest'
import type { TPrintedHandout } from '../src/index'
import { registerFonts } from '../src/fonts'
import { renderHandoutPdf } from '../src/render-handout-pdf'
import { cachedLayouts, cachedLayoutTexts, installTextLayoutCache } from '../src/text-layout-cache'
import { HANDOUTS, handoutNamed } from './support/handouts'
import { readPdf } from './support/read-pdf'

const BILINGUAL = handoutNamed('diabetic, bilingual, large print, complete guide')
const CORPUS = HANDOUTS.map((entry) => ({ request: entry.handout }))
const makeHandoutHere = (handout: TPrintedHandout) => renderHandoutPdf(handout)

/** Every piece of text on every page, with where it sits and how big it is. */
const printed = async (handout: TPrintedHandout) => (await readPdf((await renderHandoutPdf(handout)).bytes)).pages.map((page) => page.items)

const deepFreeze = (value: unknown, seen = new Set<unknown>()): void => {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return
  seen.add(value)
  // Fonts are react-pdf's own long-lived objects, which it may fill in lazily; the lines are ours to check.
  if ('postscriptName' in value) return
  for (const inner of Object.values(value)) deepFreeze(inner, seen)
  Object.freeze(value)
}

describe('the text layout cache', () => {
  afterAll(() => installTextLayoutCache())

  it('prints every text exactly where laying it out afresh puts it', async () => {
    registerFonts() // which installs the cache: first, so that it stays off here
    setTextLayoutCache(null)
    const afresh = await printed(BILINGUAL)
    installTextLayoutCache()
    const kept = cachedLayouts().length
    const first = await printed(BILINGUAL)
    expect(cachedLayouts().length).toBeGreaterThan(kept)
    expect(first).toEqual(afresh)
    expect(await printed(BILINGUAL)).toEqual(afresh)
  })

  it('never keeps the lines of a patient’s name or note, which still print', async () => {
    const note = 'Zebulon feeds the alpacas at 7 pm.\n\nHe walks to the  mailbox daily.'
    const pages = await printed({ ...BILINGUAL, personal: { ...BILINGUAL.personal, patientFirstName: 'Zebulon', note }, words: { ...BILINGUAL.words, byline: 'Prepared for Zebulon' } })
    const text = pages.flat().map((item) => item.str).join(' ')
    for (const secret of ['Zebulon', 'feeds the alpacas', 'mailbox daily']) expect(text).toContain(secret)
    const texts = cachedLayoutTexts()
    expect(texts).toEqual(expect.arrayContaining(['Lo más importante · Key points', 'Cuando empieza un calambre']))
    expect(texts.filter((kept) => /Zebulon|alpacas|mailbox/.test(kept))).toEqual([])
  })

  it('is never changed by react-pdf after layout, so every PDF may share it', async () => {
    const requests = [...CORPUS.map((entry) => entry.request), BILINGUAL]
    const before = await Promise.all(requests.map(printed))
    for (const lines of cachedLayouts()) deepFreeze(lines)
    // A write to a frozen object throws in react-pdf's strict-mode modules.
    for (const [index, request] of requests.entries()) expect(await printed(request)).toEqual(before[index])
  })

  it('keeps one object per distinct glyph position, shared by every kept line', async () => {
    for (const entry of CORPUS) await makeHandoutHere(entry.request)
    const kept = (cachedLayouts() as { runs: { positions?: object[] }[] }[][]).flatMap((lines) => lines.flatMap((line) => line.runs.flatMap((run) => run.positions ?? [])))
    const objects = new Set(kept)
    const values = new Set(kept.map((position) => JSON.stringify(position)))
    expect(kept.length).toBeGreaterThan(5_000)
    expect(objects.size).toBe(values.size)
    expect(objects.size * 5).toBeLessThan(kept.length)
  })

  it('holds each layout once, however many PDFs are made', async () => {
    const named = { ...CORPUS[0]!.request, personal: { ...CORPUS[0]!.request.personal, patientFirstName: 'Soak' } }
    await makeHandoutHere(named)
    const settled = cachedLayouts().length
    for (let run = 0; run < 5; run++) await makeHandoutHere(named)
    expect(cachedLayouts().length).toBe(settled)
  })
})
