import { setTextLayoutCache } from '@react-pdf/layout'
import { afterAll, describe, expect, it } from 'vitest'
import type { TPrintedHandout } from '../src/index'
import { registerFonts } from '../src/fonts'
import { renderHandoutPdf } from '../src/render-handout-pdf'
import { cachedLayouts, cachedLayoutTexts, installTextLayoutCache } from '../src/text-layout-cache'
import { HANDOUTS, handoutNamed } from './support/handouts'
import { readPdf } from './support/read-pdf'

// The one speed patch of react-pdf kept (packages/handout-pdf/patches/@react-pdf+layout+5.2.0.patch):
// it lets text-layout-cache.ts keep laid-out lines between renders, and does less per node. Without
// it a render took twice as long, measured side by side (docs/performance.md), and the server's
// PDFs a second fell short of issue 21's target. These tests are what it must never change.

const BILINGUAL = handoutNamed('diabetic, bilingual, large print, complete guide')

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

describe('lines laid out once and kept (the layout patch)', () => {
  afterAll(() => installTextLayoutCache())

  it('prints every text exactly where laying it out afresh puts it', async () => {
    registerFonts() // which keeps lines: first, so that it stays off here
    setTextLayoutCache(null)
    const afresh = await printed(BILINGUAL)
    installTextLayoutCache()
    expect(await printed(BILINGUAL)).toEqual(afresh)
    expect(await printed(BILINGUAL)).toEqual(afresh)
  })

  it('never keeps the lines of a patient’s name or note, which still print', async () => {
    const note = 'Zebulon feeds the alpacas at 7 pm.\n\nHe walks to the  mailbox daily.'
    const pages = await printed({ ...BILINGUAL, personal: { ...BILINGUAL.personal, patientFirstName: 'Zebulon', note }, words: { ...BILINGUAL.words, byline: 'Prepared for Zebulon' } })
    const text = pages.flat().map((item) => item.str).join(' ')
    for (const secret of ['Zebulon', 'feeds the alpacas', 'mailbox daily']) expect(text).toContain(secret)
    const texts = cachedLayoutTexts()
    expect(texts).toEqual(expect.arrayContaining(['Lo más importante · Key points']))
    expect(texts.filter((kept) => /Zebulon|alpacas|mailbox/.test(kept))).toEqual([])
  })

  it('is never changed by react-pdf after layout, so every PDF may share it', async () => {
    const handouts = HANDOUTS.map((entry) => entry.handout)
    const before = await Promise.all(handouts.map(printed))
    for (const lines of cachedLayouts()) deepFreeze(lines)
    // A write to a frozen object throws in react-pdf's strict-mode modules.
    for (const [index, handout] of handouts.entries()) expect(await printed(handout)).toEqual(before[index])
  })
})
