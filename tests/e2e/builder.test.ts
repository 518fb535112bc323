import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { launchBrowser } from '../support/browser'
import { readPdf } from '../support/read-pdf'
import { signedInPage } from '../support/sign-in'

const SCREENSHOTS = path.join(process.cwd(), 'test-results')
const baseUrl = inject('baseUrl')

describe('making a handout in the builder', () => {
  let browser: Browser

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('signs in, picks senior and two causes, previews them and downloads the PDF', async () => {
    const page = await signedInPage(browser, baseUrl)
    expect(new URL(page.url()).pathname).toBe('/handouts/new')

    await page.getByRole('radio', { name: /Senior/ }).check()
    await page.locator('input[name="causes"][value="dehydration"]').check()
    await page.locator('input[name="causes"][value="medications"]').check()
    await page.getByLabel('First name (optional)').fill('Rosa')
    await page.getByLabel('Your note (optional)').fill('Stretch your calves before bed.')

    const preview = page.getByRole('article', { name: 'Handout preview' })
    await preview.getByText('Prepared for Rosa').waitFor()
    await expect(preview.getByRole('heading', { name: 'If you are low on fluid' }).count()).resolves.toBe(1)
    await expect(preview.getByRole('heading', { name: 'If a medicine may be the cause' }).count()).resolves.toBe(1)
    await expect(preview.getByRole('heading', { name: 'Advice for older adults' }).count()).resolves.toBe(1)
    await expect(preview.getByRole('heading', { name: 'If you have flat feet' }).count()).resolves.toBe(0)
    await expect(page.locator('.readability').textContent()).resolves.toMatch(/Reading level\s*Grade \d\.\d/)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'builder.png'), fullPage: false })

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()])
    expect(download.suggestedFilename()).toMatch(/^leg-cramps-senior-\d{4}-\d{2}-\d{2}\.pdf$/)
    const file = path.join(SCREENSHOTS, 'builder-download.pdf')
    await download.saveAs(file)
    const text = (await readPdf(readFileSync(file))).pages.map((p) => p.text).join(' ')
    expect(text).toContain('If you are low on fluid')
    expect(text).toContain('If a medicine may be the cause')
    expect(text).not.toContain('If you have flat feet')
    expect(text).toContain('Demo Family Clinic')
    expect(text).toContain('Prepared for Rosa')
    expect(text).toContain(`A note from ${DEMO_ACCOUNTS.clinician.name}`)
  })

  it('shows the same error for a wrong password as for an unknown email', async () => {
    const page = await browser.newPage()
    for (const [email, password] of [
      [DEMO_ACCOUNTS.clinician.email, 'not-the-password'],
      ['nobody@demo-clinic.test', 'whatever-password'],
    ] as const) {
      await page.goto(`${baseUrl}/sign-in`)
      await page.getByLabel('Email').fill(email)
      await page.getByLabel('Password').fill(password)
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      await expect(page.locator('p.alert').textContent()).resolves.toBe('Email or password is wrong.')
      expect(new URL(page.url()).pathname).toBe('/sign-in')
    }
  })

  it('signs out, after which the builder needs sign-in again', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL('**/sign-in**')
    await page.goto(`${baseUrl}/handouts/new`)
    expect(new URL(page.url()).pathname).toBe('/sign-in')
  })

  it('sends a signed-out visitor to sign-in, and back after', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/handouts/new`)
    const url = new URL(page.url())
    expect(url.pathname).toBe('/sign-in')
    expect(url.searchParams.get('callbackUrl')).toMatch(/\/handouts\/new$/)
  })

  it('answers a signed-out PDF request with 401', async () => {
    const response = await fetch(`${baseUrl}/api/handouts/pdf`, { method: 'POST', body: JSON.stringify({ group: 'senior' }) })
    expect(response.status).toBe(401)
  })

  it('answers a bad PDF request with 400 and the field errors, and a good one with the PDF', async () => {
    const page = await signedInPage(browser, baseUrl)
    const bad = await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: { group: 'astronaut', causes: ['bad-luck'] } })
    expect(bad.status()).toBe(400)
    const { errors } = (await bad.json()) as { errors: { field: string; message: string }[] }
    expect(errors.map((error) => error.field)).toEqual(['group', 'causes.0'])
    expect(errors[0]!.message).toMatch(/expected one of: senior, athlete/)

    const notJson = await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: 'not json', headers: { 'Content-Type': 'application/json' } })
    expect(notJson.status()).toBe(400)

    const good = await page.request.post(`${baseUrl}/api/handouts/pdf`, {
      data: { group: 'athlete', causes: ['muscle-fatigue'], personal: { clinicName: 'Spoofed Clinic' } },
    })
    expect(good.status()).toBe(200)
    expect(good.headers()['content-type']).toBe('application/pdf')
    expect(good.headers()['cache-control']).toBe('no-store')
    expect(good.headers()['content-disposition']).toMatch(/^attachment; filename="leg-cramps-athlete-\d{4}-\d{2}-\d{2}\.pdf"$/)
    const text = (await readPdf(await good.body())).pages.map((p) => p.text).join(' ')
    expect(text).toContain('Demo Family Clinic')
    expect(text).not.toContain('Spoofed Clinic')
  })
})
