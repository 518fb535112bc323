import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPrismaClient } from '@/lib/db'
import { topicLibrary } from '@/lib/content/load-topic'
import { STRINGS } from '@/lib/handout/strings'
import { seriousViolations } from '../support/axe'
import { launchBrowser } from '../support/browser'
import { readPdf } from '../support/read-pdf'
import { signedInPage } from '../support/sign-in'

const SCREENSHOTS = path.join(process.cwd(), 'test-results')
const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')

type TPages = { pages: number; budget: number | null; leftOut: string[] }

async function handoutCount() {
  const db = createPrismaClient(databaseUrl)
  try {
    return await db.handoutLog.count()
  } finally {
    await db.$disconnect()
  }
}

async function countPages(request: APIRequestContext, data: object): Promise<TPages> {
  const response = await request.post(`${baseUrl}/api/handouts/pages`, { data })
  expect(response.status(), await response.text()).toBe(200)
  return (await response.json()) as TPages
}

async function pdfPages(request: APIRequestContext, data: object): Promise<number> {
  const response = await request.post(`${baseUrl}/api/handouts/pdf`, { data })
  expect(response.status()).toBe(200)
  return (await readPdf(await response.body())).pages.length
}

/** The count beside the preview once it has settled on the current choices. */
async function settledCount(page: Page): Promise<string> {
  const status = page.locator('.page-count')
  await page.waitForFunction(() => {
    const element = document.querySelector('.page-count')
    return element?.getAttribute('aria-busy') === 'false' && /\d+ pages?/.test(element.textContent ?? '')
  })
  return (await status.textContent()) ?? ''
}

describe('the page count beside the preview', () => {
  let browser: Browser
  let request: APIRequestContext

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    browser = await launchBrowser()
    request = (await signedInPage(browser, baseUrl)).request
  })
  afterAll(() => browser?.close())

  it('is the page count of the PDF the download gives, with the short handout’s budget, and records no handout', async () => {
    const before = await handoutCount()
    const cases = [
      { group: 'senior', causes: ['dehydration'] },
      { group: 'pregnant', causes: ['pregnancy'], options: { largePrint: true, language: 'bilingual' }, personal: { patientFirstName: 'Ana', note: 'Beba agua.\nCamine un poco.' } },
      { group: 'athlete', causes: ['muscle-fatigue', 'dehydration'], options: { length: 'full' } },
    ]
    const counts = []
    for (const data of cases) counts.push(await countPages(request, data))
    expect(await handoutCount()).toBe(before)
    for (const [index, data] of cases.entries()) expect(counts[index]!.pages, JSON.stringify(data)).toBe(await pdfPages(request, data))
    expect(counts.map((count) => count.budget)).toEqual([2, 8, null])
    expect(counts.map((count) => count.leftOut)).toEqual([[], [], []])
  }, 60_000)

  it('says which extra tips a short handout left out to keep to its budget, and the PDF leaves them out too', async () => {
    // Pregnant, three causes, teach-back, Spanish large print: over four pages with every tip.
    const data = { group: 'pregnant', causes: ['muscle-fatigue', 'poor-circulation', 'nerve-compression'], options: { teachBack: true, largePrint: true, language: 'es' } }
    const count = await countPages(request, data)
    expect(count.leftOut).toEqual(expect.arrayContaining(['calf-standing', 'stay-active']))
    expect(count.pages).toBe(await pdfPages(request, data))
    const response = await request.post(`${baseUrl}/api/handouts/pdf`, { data })
    const text = (await readPdf(await response.body())).pages.map((page) => page.text).join(' ').replace(/\s+/g, ' ')
    // The standing wall stretch is left out; the seated calf stretch and the NSAID warning stay.
    expect(text).not.toContain('frente a una pared')
    expect(text).toContain('Siéntese con la pierna estirada')
    expect(text).toContain('ibuprofeno')
  }, 60_000)

  it('refuses bad input with 400 naming the field, a stranger with 401 and another site with 403', async () => {
    const refused = async (data: string, field: string, message: RegExp) => {
      const response = await request.post(`${baseUrl}/api/handouts/pages`, { data: Buffer.from(data), headers: { 'content-type': 'application/json' } })
      expect(response.status(), data.slice(0, 60)).toBe(400)
      expect((await response.json()) as unknown).toEqual({ errors: expect.arrayContaining([{ field, message: expect.stringMatching(message) }]) })
    }
    await refused(JSON.stringify({ group: 'senior', options: { length: 'long' } }), 'options.length', /unknown length "long"; expected one of: short, full/)
    await refused(JSON.stringify({ group: 'astronaut' }), 'group', /unknown group "astronaut"/)
    await refused(JSON.stringify({ group: 'senior', causes: 'dehydration' }), 'causes', /expected array/)
    await refused('{', '(body)', /expected a JSON object/)
    // Over the limit is 413, refused as the body streams in (issue 20, item 3).
    const tooLong = await request.post(`${baseUrl}/api/handouts/pages`, { data: Buffer.from(JSON.stringify({ group: 'senior', personal: { note: 'x'.repeat(20_000) } })), headers: { 'content-type': 'application/json' } })
    expect(tooLong.status()).toBe(413)
    expect((await tooLong.json()) as unknown).toEqual({ errors: [{ field: '(body)', message: expect.stringMatching(/expected at most \d+ bytes/) }] })

    expect((await fetch(`${baseUrl}/api/handouts/pages`, { method: 'POST', body: JSON.stringify({ group: 'senior' }) })).status).toBe(401)
    const crossSite = await request.post(`${baseUrl}/api/handouts/pages`, { data: { group: 'senior' }, headers: { Origin: 'https://evil.example' } })
    expect(crossSite.status()).toBe(403)
  })

  it('shows the count of the real PDF as choices change, and says so before printing when a short handout is over its budget', async () => {
    const page = await signedInPage(browser, baseUrl)
    const count = page.locator('.page-count')

    await page.getByRole('radio', { name: /Senior/ }).check()
    await page.locator('input[name="causes"][value="dehydration"]').check()
    const shown = await settledCount(page)
    const real = await countPages(request, { group: 'senior', causes: ['dehydration'] })
    expect(real.pages).toBeLessThanOrEqual(real.budget!)
    expect(shown).toBe(`${real.pages} ${real.pages === 1 ? 'page' : 'pages'}, within the ${real.budget}-page budget`)
    // Announced when it changes, without interrupting.
    expect([await count.getAttribute('role'), await count.getAttribute('aria-live')]).toEqual(['status', 'polite'])
    expect(await page.getByRole('button', { name: 'Download PDF' }).getAttribute('aria-describedby')).toBeNull()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'builder-page-count.png') })

    // Every cause that fits a senior and every optional part: more than a short handout's budget.
    const topic = topicLibrary().load('leg-cramps')
    const everything = { group: 'senior', causes: topic.causes.filter((cause) => !cause.notGroups.includes('senior')).map((cause) => cause.id), options: { extras: topic.sections.filter((section) => section.optional).map((section) => section.id) } }
    for (const cause of everything.causes) await page.locator(`input[name="causes"][value="${cause}"]`).check()
    for (const extra of everything.options.extras) await page.locator(`input[name="extras"][value="${extra}"]`).check()
    const over = await countPages(request, everything)
    expect(over.pages, 'every cause and part should not fit a short handout').toBeGreaterThan(over.budget!)
    await expect.poll(() => settledCount(page), { timeout: 15_000 }).toBe(
      `${over.pages} pages: over the ${over.budget}-page budget for a short handout. Remove a cause or an optional part, or print the complete guide on purpose.`,
    )
    // Screen readers hear the warning with the buttons that print.
    const warningId = await page.getByRole('button', { name: 'Download PDF' }).getAttribute('aria-describedby')
    expect(await page.locator(`#${warningId}`).textContent()).toMatch(/over the \d+-page budget/)
    expect(await page.getByRole('button', { name: 'Print', exact: true }).getAttribute('aria-describedby')).toBe(warningId)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'builder-over-budget.png') })
    expect(await seriousViolations(page)).toEqual([])

    // By keyboard: from the short handout to the complete guide, which has no budget.
    await page.getByRole('radio', { name: /Short handout \(recommended\)/ }).focus()
    await page.keyboard.press('ArrowDown')
    expect(await page.getByRole('radio', { name: /Complete guide/ }).isChecked()).toBe(true)
    const full = await countPages(request, { ...everything, options: { ...everything.options, length: 'full' } })
    await expect.poll(() => settledCount(page), { timeout: 15_000 }).toBe(`${full.pages} pages (complete guide)`)
    expect(await page.getByRole('button', { name: 'Download PDF' }).getAttribute('aria-describedby')).toBeNull()
  }, 90_000)

  it('keeps the count of the latest choices when an older answer arrives late', async () => {
    const page = await signedInPage(browser, baseUrl)
    let isFirst = true
    await page.route('**/api/handouts/pages', async (route) => {
      const wasFirst = isFirst
      isFirst = false
      const response = await route.fetch()
      // The answer to the first choices comes back after the answer to the second.
      if (wasFirst) await new Promise((resolve) => setTimeout(resolve, 2_500))
      // The builder may have given up on the first request by then.
      await route.fulfill({ response }).catch(() => undefined)
    })
    await page.getByRole('radio', { name: /Senior/ }).check()
    await page.waitForRequest('**/api/handouts/pages')
    await page.getByRole('checkbox', { name: /Large print/ }).check()
    const large = await countPages(request, { group: 'senior', options: { largePrint: true } })
    await expect.poll(() => settledCount(page), { timeout: 15_000 }).toMatch(new RegExp(`^${large.pages} pages?(,|:)`))
    await page.waitForTimeout(3_000)
    await expect(settledCount(page)).resolves.toMatch(new RegExp(`^${large.pages} pages?(,|:).*\\b${large.budget}-page budget`))
  }, 60_000)

  it('shows the key points at the top of the preview, its things to do as a checklist, and the clinic’s number after them', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.getByRole('radio', { name: /Athlete/ }).check()
    const preview = page.getByRole('article', { name: 'Handout preview' })
    const keyPoints = preview.locator('section.key-points')
    await keyPoints.waitFor()
    expect(await keyPoints.locator('li').count()).toBeGreaterThanOrEqual(3)
    expect(await keyPoints.locator('li').first().evaluate((item) => getComputedStyle(item, '::before').borderTopStyle)).toBe('solid')
    await expect(keyPoints.locator('.key-points-call').textContent()).resolves.toBe(STRINGS.en.keyPointsCall('555-0100'))
    expect(await keyPoints.locator('ul + .key-points-call, ul ~ .key-points-call').count()).toBe(1)
    // The first box of the handout, before any part.
    expect(await preview.locator('section.key-points ~ .preview-part').count()).toBeGreaterThan(0)
  })

  it('fits the builder, count and all, on a 390 px phone screen', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByRole('radio', { name: /Diabetes/ }).check()
    await settledCount(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.locator('.preview-bar').scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(SCREENSHOTS, 'builder-page-count-390.png') })
  })
})
