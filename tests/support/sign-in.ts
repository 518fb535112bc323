import type { Browser, Page } from 'playwright-core'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'

export async function signIn(page: Page, baseUrl: string, account: { email: string; password: string } = DEMO_ACCOUNTS.clinician) {
  await page.goto(`${baseUrl}/sign-in`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'))
}

export async function signedInPage(browser: Browser, baseUrl: string, account?: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  await signIn(page, baseUrl, account)
  return page
}
