import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createRenderer, type TPrintedHandout } from '../src/index'
import { isCacheable } from '../src/pdf-cache'
import { handoutNamed } from './support/handouts'
import { readPdf } from './support/read-pdf'

const logo = (name: string) => ({ data: new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))), mimeType: 'image/png' as const })
const textOf = async (bytes: Uint8Array) => (await readPdf(bytes)).pages.map((page) => page.text).join(' ')
/** The image sizes a PDF draws, as its image objects declare them. */
const imageWidths = (bytes: Uint8Array) => [...Buffer.from(bytes).toString('latin1').matchAll(/\/Subtype \/Image[^>]*?\/Width (\d+)/g)].map((match) => Number(match[1]))
const named = (handout: TPrintedHandout, name: string) => ({ ...handout, personal: { ...handout.personal, patientFirstName: name }, words: { ...handout.words, byline: `Prepared for ${name}` } })

describe('a renderer that keeps PDFs in memory (cacheBytes)', () => {
  it('answers the same handout with the same PDF, and any change to what is printed, the logo included, with a new one', async () => {
    const renderer = await createRenderer({ cacheBytes: 8 * 1024 * 1024 })
    const handout = handoutNamed('senior')
    const first = await renderer.render(handout, { logo: logo('logo-120x40.png') })
    expect((await renderer.render(handoutNamed('senior'), { logo: logo('logo-120x40.png') })).bytes).toEqual(first.bytes)
    expect(imageWidths(first.bytes)).toEqual([120])
    expect(imageWidths((await renderer.render(handout, { logo: logo('logo-90x90.png') })).bytes)).toEqual([90])
    expect(imageWidths((await renderer.render(handout)).bytes)).toEqual([])
    const renamed = await renderer.render({ ...handout, words: { ...handout.words, footerLines: ['Questions? Call Hilltop Clinic: 555-0199'] } })
    expect(await textOf(renamed.bytes)).toContain('Hilltop Clinic')
  })

  it('prints each patient’s own name: a named handout is never answered with another’s PDF', async () => {
    const renderer = await createRenderer({ cacheBytes: 8 * 1024 * 1024 })
    const handout = handoutNamed('athlete')
    expect(await textOf((await renderer.render(named(handout, 'Rosa'))).bytes)).toContain('Prepared for Rosa')
    const ana = await textOf((await renderer.render(named(handout, 'Ana'))).bytes)
    expect(ana).toContain('Prepared for Ana')
    expect(ana).not.toContain('Rosa')
  })

  it('keeps no PDF with a patient’s name or a note in it', () => {
    const handout = handoutNamed('senior')
    expect(isCacheable(handout)).toBe(true)
    expect(isCacheable(named(handout, 'Rosa'))).toBe(false)
    expect(isCacheable({ ...handout, personal: { ...handout.personal, note: 'Drink water.' } })).toBe(false)
  })
})
