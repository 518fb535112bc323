import { describe, expect, it } from 'vitest'
import type { TPrintedHandout } from '../src/index'
import { renderHandoutPdf } from '../src/render-handout-pdf'
import { cachedTexts } from '../src/shaping-cache'
import { handoutNamed } from './support/handouts'
import { readPdf } from './support/read-pdf'

const REQUEST = handoutNamed('senior')
const makeHandoutHere = (handout: TPrintedHandout) => renderHandoutPdf(handout)
const pagesOf = async (handout: TPrintedHandout) => (await readPdf((await renderHandoutPdf(handout)).bytes)).pages.map((page) => page.text)

describe('the shaping cache', () => {
  it('lays a handout out exactly as the first time once its text is cached', async () => {
    const first = await pagesOf(REQUEST)
    expect(cachedTexts()).toEqual(expect.arrayContaining(['Key points', 'When a cramp starts']))
    expect(await pagesOf(REQUEST)).toEqual(first)
    expect(await pagesOf(handoutNamed('senior large print'))).not.toEqual(first)
  })

  it('never keeps a patient’s name or note, which still print', async () => {
    const note = 'Zebulon feeds the alpacas at 7 pm.\n\nHe walks to the  mailbox daily.'
    // The complete guide: many texts to keep, beside the name and the note.
    const full = handoutNamed('diabetic, bilingual, large print, complete guide')
    const pages = await pagesOf({ ...full, personal: { ...full.personal, patientFirstName: 'Zebulon', note }, words: { ...full.words, byline: 'Prepared for Zebulon' } })
    const printed = pages.join(' ')
    for (const text of ['Zebulon', 'feeds the alpacas', 'mailbox daily']) expect(printed).toContain(text)
    const kept = cachedTexts()
    expect(kept.length).toBeGreaterThan(100)
    expect(kept.filter((text) => /Zebulon|alpacas|mailbox/.test(text))).toEqual([])
  })

  it('holds each run once, however many PDFs are made', async () => {
    const named = { ...REQUEST, personal: { ...REQUEST.personal, patientFirstName: 'Soak' }, words: { ...REQUEST.words, byline: 'Prepared for Soak' } }
    await makeHandoutHere(named)
    await makeHandoutHere(named)
    const settled = cachedTexts().length
    for (let run = 0; run < 10; run++) await makeHandoutHere(named)
    expect(cachedTexts().length).toBe(settled)
  })
})
