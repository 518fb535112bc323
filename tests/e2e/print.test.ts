import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchHeadedBrowser } from '../support/browser'
import { signedInPage } from '../support/sign-in'

const baseUrl = inject('baseUrl')

/** The addresses of the browser's print previews that are open now. */
async function printPreviews(browser: Browser): Promise<string[]> {
  const session = await browser.newBrowserCDPSession()
  try {
    const { targetInfos } = await session.send('Target.getTargets')
    return targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome://print/'))
  } finally {
    await session.detach()
  }
}

/** Clicks a print button and waits for what a clinician sees: the handout's PDF, and Chromium's print preview over the page, which keeps working. */
async function printsWith(browser: Browser, page: Page, click: () => Promise<void>) {
  let hasCrashed = false
  page.on('crash', () => (hasCrashed = true))
  await click()
  await expect.poll(() => printPreviews(browser), { timeout: 20_000 }).toHaveLength(1)
  const frame = page.frames().find((candidate) => candidate.url().startsWith(`blob:${baseUrl}/`))
  expect(frame, 'the PDF is loaded in a frame of the page').toBeDefined()
  expect(hasCrashed).toBe(false)
  expect(await page.evaluate(() => document.title)).toBeTruthy()
}

// Issue 22: "Print now" crashed a headless Chromium tab. A clinician's Chromium has windows.
describe('printing in a real Chromium with windows', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchHeadedBrowser()
  })
  afterAll(() => browser?.close())

  it('opens the print preview of the handout from the builder', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.getByRole('radio', { name: /Senior/ }).check()
    await printsWith(browser, page, () => page.getByRole('button', { name: 'Print', exact: true }).click())
    await page.context().close()
  })

  it('opens the print preview of a template’s handout from "Print now" on the templates page', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.getByRole('radio', { name: /Athlete/ }).check()
    await page.getByRole('button', { name: 'Save as template' }).click()
    await page.getByLabel('Template name').fill('Runners, printed from the list')
    await page.getByRole('button', { name: 'Save template' }).click()
    await page.getByText('Saved as template "Runners, printed from the list"').waitFor()
    await page.goto(`${baseUrl}/templates`)
    const printNow = page.getByRole('form', { name: 'Print now: Runners, printed from the list' })
    await printsWith(browser, page, () => printNow.getByRole('button', { name: 'Print now' }).click())
    await page.context().close()
  })
})
