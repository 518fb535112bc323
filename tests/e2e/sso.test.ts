import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPrismaClient } from '@/lib/db'
import { launchBrowser } from '../support/browser'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')

/** Through the local provider's development login and consent screens. */
async function signInWithSso(page: Page, email: string) {
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByRole('button', { name: 'Sign in with Test SSO' }).click()
  await page.locator('input[name="login"]').fill(email)
  await page.locator('input[name="password"]').fill('any password')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.origin === baseUrl || url.pathname.includes('/interaction/'))
  if (new URL(page.url()).origin !== baseUrl) {
    await page.locator('button[type="submit"]').click()
  }
  await page.waitForURL((url) => url.origin === baseUrl)
}

describe('single sign-on through an OpenID Connect provider', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('lets a first-time user from the clinic’s domain in, as a clinician of that clinic', async () => {
    const page = await (await browser.newContext()).newPage()
    await signInWithSso(page, 'nurse.sso@demo-clinic.test')
    await page.waitForURL('**/handouts/new')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('New handout')

    const db = createPrismaClient(databaseUrl)
    try {
      const user = await db.user.findUniqueOrThrow({ where: { email: 'nurse.sso@demo-clinic.test' }, include: { clinic: true } })
      expect(user).toMatchObject({ role: 'clinician', passwordHash: null, clinic: { name: 'Demo Family Clinic' } })
    } finally {
      await db.$disconnect()
    }
  })

  it('refuses someone whose email domain belongs to no clinic, with a clear message', async () => {
    const page = await (await browser.newContext()).newPage()
    await signInWithSso(page, 'stranger@elsewhere.test')
    await page.waitForURL('**/sign-in**')
    await expect(page.locator('p.alert').textContent()).resolves.toMatch(/Your organisation is not set up here/)
    const db = createPrismaClient(databaseUrl)
    try {
      expect(await db.user.findUnique({ where: { email: 'stranger@elsewhere.test' } })).toBeNull()
    } finally {
      await db.$disconnect()
    }
  })
})
