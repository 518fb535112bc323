import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { seriousViolations } from '../support/axe'
import { launchBrowser } from '../support/browser'
import { readPdf } from '../support/read-pdf'
import { readQrCodes } from '../support/read-qr'
import { signedInPage } from '../support/sign-in'

const baseUrl = inject('baseUrl')

describe('the web version behind the QR code', () => {
  let browser: Browser
  let webUrl: string
  let pdfText: string
  let completePdfText: string

  beforeAll(async () => {
    browser = await launchBrowser()
    const clinician = await signedInPage(browser, baseUrl)
    const choices = { group: 'diabetic', causes: ['poor-circulation'], options: { language: 'es', extras: ['comparison-restless-legs'] } }
    const textOf = async (pdf: Buffer) => (await readPdf(pdf)).pages.map((page) => page.text).join(' ')
    // The short handout, as most patients get it.
    const pdf = await (await clinician.request.post(`${baseUrl}/api/handouts/pdf`, { data: { ...choices, personal: { patientFirstName: 'Gertrudis', note: 'Nota privada' } } })).body()
    pdfText = await textOf(pdf)
    ;[webUrl] = (await readQrCodes(pdf)) as [string]
    completePdfText = await textOf(await (await clinician.request.post(`${baseUrl}/api/handouts/pdf`, { data: { ...choices, options: { ...choices.options, length: 'full' } } })).body())
  })
  afterAll(() => browser?.close())

  it('is the address the QR code decodes to, on this server', () => {
    expect(webUrl.startsWith(`${baseUrl}/h/`)).toBe(true)
  })

  it('shows the complete guide for the printed choices and says so, with no name and no note, without JavaScript and without signing in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(webUrl)
    expect(response?.status()).toBe(200)
    await expect(page.locator('.web-handout > .notice').first().textContent()).resolves.toBe('Esta es la guía completa. Su hoja impresa tiene la versión corta.')
    const headings = await page.locator('article h3').allTextContents()
    expect(headings.length).toBeGreaterThan(5)
    for (const heading of headings) expect(completePdfText, heading).toContain(heading)
    expect(headings.some((heading) => !pdfText.includes(heading)), 'the web version has more than the short handout').toBe(true)
    expect(headings).toContain('¿Calambres o piernas inquietas?')
    const body = await page.locator('body').textContent()
    expect(body).not.toMatch(/Gertrudis|Nota privada/)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Calambres en las piernas')
    expect(await page.content()).toContain('Para imprimir, use la opción Imprimir de su navegador.')
  })

  it('names the clinic and its phone as the handout printed them, the phone a link a phone can call, and fits a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(webUrl)
    await expect(page.locator('.clinic-call').textContent()).resolves.toBe('¿Preguntas? Llame a Demo Family Clinic: 555-0100')
    await expect(page.getByRole('link', { name: '555-0100' }).first().getAttribute('href')).resolves.toBe('tel:5550100')
    expect(pdfText).toContain('Demo Family Clinic')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })

  it('has a large-text version and a print button when JavaScript runs, and passes axe', async () => {
    const page = await browser.newPage()
    await page.goto(webUrl)
    await page.getByRole('button', { name: 'Imprimir' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'Letra más grande' }).click()
    await page.waitForURL('**?text=large')
    expect(await page.locator('.web-handout.large-text').count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('answers 404 to a forged or altered address', async () => {
    const [, id] = webUrl.split('/h/') as [string, string]
    expect(id).not.toMatch(/diabetic|leg-cramps/)
    const altered = `${id.slice(0, -2)}${id.endsWith('AA') ? 'BB' : 'AA'}`
    for (const forged of [altered, `AAAAAAAAAAAAAAAA${id.slice(16)}`, 'leg-cramps~pregnant~~~en~0123456789~AAAAAAAAAAAAAAAA', 'not-an-id']) {
      expect((await fetch(`${baseUrl}/h/${forged}`)).status, forged.slice(0, 30)).toBe(404)
    }
  })

  it('says in English and Spanish what to do when an address does not open, and passes axe on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const response = await page.goto(`${baseUrl}/h/not-an-id`)
    expect(response?.status()).toBe(404)
    await expect.poll(() => page.getByRole('heading', { name: 'This handout link does not open' }).isVisible()).toBe(true)
    expect(await page.getByRole('heading', { name: 'Este enlace de la hoja no abre' }).isVisible()).toBe(true)
    expect(await page.getByText('call your clinic: its phone number is on your printed handout').isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousViolations(page)).toEqual([])
    await page.close()
  })
})
