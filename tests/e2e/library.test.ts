import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { signedInPage } from '../support/sign-in'

const SCREENSHOTS = path.join(process.cwd(), 'test-results')
const baseUrl = inject('baseUrl')

describe('the guide library in the browser', () => {
  let browser: Browser

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('needs sign-in', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/library`)
    expect(new URL(page.url()).pathname).toBe('/sign-in')
  })

  it('lists every section with its kind, grade, sources and review date, and opens one', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/library`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Guide library')
    const rows = page.locator('tbody tr')
    expect(await rows.count()).toBeGreaterThanOrEqual(35)
    const redFlagsRow = rows.filter({ hasText: 'When to get help' })
    await expect(redFlagsRow.textContent()).resolves.toMatch(/red-flags\s*Every handout\s*Grade \d\.\d/)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'library.png'), fullPage: true })

    await redFlagsRow.getByRole('link').click()
    await page.waitForURL('**/library/leg-cramps/red-flags')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('When to get help')
    await expect(page.locator('.section-body').textContent()).resolves.toMatch(/blood clot/)
    await expect(page.locator('.sources li').first().textContent()).resolves.toMatch(/\w/)
  })

  it('renders a comparison table as a real table', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/library/leg-cramps/comparison-restless-legs`)
    expect(await page.locator('.section-body table th[scope="col"]').allTextContents()).toEqual(['', 'Leg cramp', 'Restless legs'])
  })

  it('answers 404 for a section or topic that does not exist', async () => {
    const page = await signedInPage(browser, baseUrl)
    expect((await page.goto(`${baseUrl}/library/leg-cramps/no-such-section`))?.status()).toBe(404)
    expect((await page.goto(`${baseUrl}/library/gout/overview`))?.status()).toBe(404)
  })
})
