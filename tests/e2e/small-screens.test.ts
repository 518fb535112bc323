import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { launchBrowser } from '../support/browser'
import { signIn } from '../support/sign-in'

const baseUrl = inject('baseUrl')
const PHONE = { width: 390, height: 844 }

/** The page's width and any element that reaches past the screen's right edge. */
const overflow = (page: Page) =>
  page.evaluate((width) => {
    const past = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('.table-scroll'))
    return { scrollWidth: document.documentElement.scrollWidth, past: past.slice(0, 3).map((element) => `${element.tagName.toLowerCase()}.${element.className}`) }
  }, PHONE.width)

describe('on a 390 px phone screen, and from the keyboard (issue 22)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('every page fits the screen with no sideways scroll, signed out, as a clinician and as an admin', async () => {
    const pages = { signedOut: ['/sign-in', '/h/not-an-id'], clinician: ['/handouts/new', '/templates', '/history', '/library', '/account'], admin: ['/admin', '/admin/usage', '/history?scope=clinic'] }
    const wide: string[] = []
    for (const [who, paths] of Object.entries(pages)) {
      const page = await (await browser.newContext({ viewport: PHONE })).newPage()
      if (who !== 'signedOut') await signIn(page, baseUrl, who === 'admin' ? DEMO_ACCOUNTS.admin : DEMO_ACCOUNTS.clinician)
      for (const path of paths) {
        await page.goto(`${baseUrl}${path}`)
        const { scrollWidth, past } = await overflow(page)
        if (scrollWidth > PHONE.width || past.length > 0) wide.push(`${who} ${path}: ${scrollWidth} px, ${past.join(', ')}`)
      }
      await page.context().close()
    }
    expect(wide).toEqual([])
  }, 120_000)

  it('prints the usage chart’s week dates apart from each other, at 390 px and on a desktop', async () => {
    for (const viewport of [PHONE, { width: 1366, height: 768 }]) {
      const page = await (await browser.newContext({ viewport })).newPage()
      await signIn(page, baseUrl, DEMO_ACCOUNTS.admin)
      await page.goto(`${baseUrl}/admin/usage`)
      // Each shown date's own text, measured, not its box: a date wider than its column spills over.
      const dates = await page.locator('.week-labels span').evaluateAll((spans) =>
        spans
          .filter((span) => getComputedStyle(span).visibility === 'visible')
          .map((span) => {
            const range = document.createRange()
            range.selectNodeContents(span)
            const { left, right } = range.getBoundingClientRect()
            return { text: span.textContent, left, right }
          }),
      )
      expect(dates.length, `${viewport.width} px`).toBeGreaterThanOrEqual(4)
      const touching = dates.slice(1).filter((date, index) => date.left < dates[index]!.right + 4)
      expect(touching.map((date) => date.text), `${viewport.width} px`).toEqual([])
      await page.context().close()
    }
  })

  for (const viewport of [PHONE, { width: 1366, height: 768 }]) {
    it(`never hides the focused field under the builder's action bar, and skips to it in two keys (${viewport.width} px)`, async () => {
      const page = await (await browser.newContext({ viewport })).newPage()
      await signIn(page, baseUrl)
      await page.goto(`${baseUrl}/handouts/new`)
      await page.getByRole('radio', { name: /Senior/ }).check()
      await page.getByRole('article', { name: 'Handout preview' }).waitFor()
      await page.locator('a.skip-link').first().focus()
      const hidden: string[] = []
      let skipAt = 0
      for (let tab = 1; tab <= 60; tab++) {
        await page.keyboard.press('Tab')
        const focused = await page.evaluate(() => {
          const element = document.activeElement
          const bar = document.querySelector('.actions')!.getBoundingClientRect()
          if (!element || element === document.body) return { name: '', isHidden: false }
          const box = element.getBoundingClientRect()
          const isUnderBar = !document.querySelector('.actions')!.contains(element) && box.top < bar.bottom && box.bottom > bar.top && box.left < bar.right && box.right > bar.left
          return { name: element.id || element.textContent?.trim().slice(0, 30) || element.tagName, isHidden: isUnderBar }
        })
        if (focused.isHidden) hidden.push(focused.name)
        if (!skipAt && focused.name === 'Skip to Download and Print') skipAt = tab
      }
      expect(hidden).toEqual([])
      expect(skipAt).toBeGreaterThan(0)
      await page.locator('a.skip-link').first().focus()
      for (let tab = 0; tab < skipAt; tab++) await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Download PDF')
      await page.context().close()
    }, 120_000)
  }

  it('says on a phone how many pages are coming and goes to the preview far below the form; beside the preview on a desktop, it is not needed', async () => {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage()
    await signIn(page, baseUrl)
    await page.goto(`${baseUrl}/handouts/new`)
    await page.getByRole('radio', { name: /Senior/ }).check()
    const jump = page.locator('.actions').getByRole('link', { name: /^Preview/ })
    await expect.poll(() => jump.textContent(), { timeout: 15_000 }).toBe('Preview: 2 pages')
    await page.screenshot({ path: 'test-results/builder-390-action-bar.png' })
    expect(await page.getByRole('heading', { name: 'Preview', level: 2 }).isVisible()).toBe(true)
    const isInView = () => page.getByRole('heading', { name: 'Preview', level: 2 }).evaluate((heading) => heading.getBoundingClientRect().top >= 0 && heading.getBoundingClientRect().top < window.innerHeight)
    expect(await isInView()).toBe(false)
    await jump.click()
    await expect.poll(isInView).toBe(true)
    await page.setViewportSize({ width: 1366, height: 768 })
    expect(await jump.isVisible()).toBe(false)
    await page.context().close()
  })
})

