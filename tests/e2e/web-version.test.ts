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

  beforeAll(async () => {
    browser = await launchBrowser()
    const clinician = await signedInPage(browser, baseUrl)
    const response = await clinician.request.post(`${baseUrl}/api/handouts/pdf`, {
      data: { group: 'diabetic', causes: ['poor-circulation'], options: { language: 'es', extras: ['comparison-restless-legs'] }, personal: { patientFirstName: 'Gertrudis', note: 'Nota privada' } },
    })
    const pdf = await response.body()
    pdfText = (await readPdf(pdf)).pages.map((page) => page.text).join(' ')
    ;[webUrl] = (await readQrCodes(pdf)) as [string]
  })
  afterAll(() => browser?.close())

  it('is the address the QR code decodes to, on this server', () => {
    expect(webUrl.startsWith(`${baseUrl}/h/`)).toBe(true)
  })

  it('shows the same sections as the PDF, with no name and no note, without JavaScript and without signing in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(webUrl)
    expect(response?.status()).toBe(200)
    const headings = await page.locator('article h3').allTextContents()
    expect(headings.length).toBeGreaterThan(5)
    for (const heading of headings) expect(pdfText, heading).toContain(heading)
    expect(headings).toContain('¿Calambres o piernas inquietas?')
    const body = await page.locator('body').textContent()
    expect(body).not.toMatch(/Gertrudis|Nota privada/)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Calambres en las piernas')
    expect(await page.content()).toContain('Para imprimir, use la opción Imprimir de su navegador.')
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
})
