import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type TAppServer } from '../support/app-server'
import { launchBrowser } from '../support/browser'
import { createTempDirs } from '../support/temp-dir'

const SCREENSHOTS = path.join(process.cwd(), 'test-results')
const tempDir = createTempDirs('e2e-library')

describe('the guide library in the browser', () => {
  let server: TAppServer
  let browser: Browser
  let dataDir: string

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    dataDir = tempDir()
    server = await startAppServer(path.join(dataDir, 'app.db'))
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lists every section with its kind, grade, sources and review date, and opens one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${server.baseUrl}/library`)
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
    await page.screenshot({ path: path.join(SCREENSHOTS, 'library-section.png'), fullPage: true })
  })

  it('renders a comparison table as a real table', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.baseUrl}/library/leg-cramps/comparison-restless-legs`)
    expect(await page.locator('.section-body table th[scope="col"]').allTextContents()).toEqual(['', 'Leg cramp', 'Restless legs'])
  })

  it('answers 404 for a section or topic that does not exist', async () => {
    expect((await fetch(`${server.baseUrl}/library/leg-cramps/no-such-section`)).status).toBe(404)
    expect((await fetch(`${server.baseUrl}/library/gout/overview`)).status).toBe(404)
  })
})
