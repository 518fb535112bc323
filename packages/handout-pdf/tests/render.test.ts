import { describe, expect, it } from 'vitest'
import { createRenderer, type TPrintedHandout } from '../src/index'
import { handoutNamed } from './support/handouts'
import { readPdf } from './support/read-pdf'

const textOf = async (bytes: Uint8Array) => (await readPdf(bytes)).pages.map((page) => page.text)

describe('a renderer, the package’s one door', () => {
  it('turns a handout into a PDF whose pages read back as the handout, each numbered "Page N of M"', async () => {
    const renderer = await createRenderer()
    const handout = handoutNamed('senior')
    const { bytes, pageCount } = await renderer.render(handout)
    const pages = await textOf(bytes)
    expect(pages).toHaveLength(pageCount)
    expect(pages[0]).toContain(handout.title)
    expect(pages[0]).toContain(handout.words.keyPointsTitle)
    pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pageCount}`))
    expect((await readPdf(bytes)).info).toMatchObject({ Title: `${handout.title}: patient handout`, Author: 'Demo Family Clinic' })
  })

  it('prints the same handout on worker threads as on the calling thread, for several callers at once', async () => {
    const here = await createRenderer()
    const pool = await createRenderer({ pool: 'lean', warmHandout: handoutNamed('senior') })
    try {
      const names = ['athlete', 'pregnant', 'senior in Spanish, named, with a note and teach-back']
      const onPool = await Promise.all(names.map((name) => pool.render(handoutNamed(name), { lane: name })))
      for (const [index, name] of names.entries()) {
        const alone = await here.render(handoutNamed(name))
        expect(onPool[index]!.pageCount).toBe(alone.pageCount)
        expect(await textOf(onPool[index]!.bytes)).toEqual(await textOf(alone.bytes))
      }
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('prints a patient’s name and note, and a Spanish handout’s own words', async () => {
    const renderer = await createRenderer()
    const { bytes } = await renderer.render(handoutNamed('senior in Spanish, named, with a note and teach-back'))
    const text = (await textOf(bytes)).join(' ')
    for (const printed of ['Preparado para Rosa', 'Drink a glass of water with each meal.', 'Una nota de Dr. Dana Demo', 'Página 1 de', 'Compruebe lo que entendió']) expect(text).toContain(printed)
  })

  it('refuses a handout that is not one, naming what is wrong, before rendering anything', async () => {
    const renderer = await createRenderer()
    const broken = { ...handoutNamed('senior'), paper: 'legal' } as unknown as TPrintedHandout
    await expect(renderer.render(broken)).rejects.toThrow(/paper/)
    const noPageNumber = handoutNamed('senior')
    noPageNumber.words.pageOf = 'Page'
    await expect(renderer.render(noPageNumber)).rejects.toThrow(/\{page\} and \{pages\}/)
  })
})
