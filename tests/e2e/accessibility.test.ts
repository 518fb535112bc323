import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { seriousViolations } from '../support/axe'
import { launchBrowser } from '../support/browser'
import { signedInPage } from '../support/sign-in'

const baseUrl = inject('baseUrl')

describe('accessibility (axe-core): no serious or critical violations', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('on the sign-in page, also when it shows an error', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/sign-in`)
    expect(await seriousViolations(page)).toEqual([])
    await page.goto(`${baseUrl}/sign-in?error=no-clinic`)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('on the builder, before and after choosing, with the preview showing', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/handouts/new`)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('radio', { name: /Athlete/ }).check()
    await page.locator('input[name="causes"][value="muscle-fatigue"]').check()
    await page.locator('input[name="extras"][value="comparison-restless-legs"]').check()
    await page.getByRole('article', { name: 'Handout preview' }).getByRole('heading', { name: 'Leg cramps or restless legs?' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('on the library and a section page', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/library`)
    expect(await seriousViolations(page)).toEqual([])
    await page.goto(`${baseUrl}/library/leg-cramps/comparison-restless-legs`)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('on the clinic admin page', async () => {
    const page = await signedInPage(browser, baseUrl, DEMO_ACCOUNTS.admin)
    await page.goto(`${baseUrl}/admin`)
    expect(await seriousViolations(page)).toEqual([])
  })

  it('with the keyboard alone: a group and a cause can be chosen and the PDF downloaded', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/handouts/new`)
    await page.getByRole('radio', { name: /Senior/ }).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    expect(await page.getByRole('radio', { name: /Athlete/ }).isChecked()).toBe(true)
    await page.locator('input[name="causes"][value="dehydration"]').focus()
    await page.keyboard.press('Space')
    expect(await page.locator('input[name="causes"][value="dehydration"]').isChecked()).toBe(true)
    await page.getByRole('button', { name: 'Download PDF' }).focus()
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(download.suggestedFilename()).toMatch(/^leg-cramps-athlete-/)
  })
})
