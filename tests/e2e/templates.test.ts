import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hashPassword } from '@/lib/data/password'
import { createPrismaClient } from '@/lib/db'
import { launchBrowser } from '../support/browser'
import { readPdf } from '../support/read-pdf'
import { signedInPage } from '../support/sign-in'

const SCREENSHOTS = path.join(process.cwd(), 'test-results')
const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const OTHER_CLINIC_USER = { email: 'outsider@other-clinic.test', password: 'other clinic password 1' }

describe('reusable templates and history', () => {
  let browser: Browser

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    browser = await launchBrowser()
    const db = createPrismaClient(databaseUrl)
    try {
      await db.clinic.create({
        data: {
          name: 'Other Clinic',
          phone: '555-0199',
          address: '2 Elsewhere Road',
          users: { create: { email: OTHER_CLINIC_USER.email, name: 'Olly Outsider', role: 'admin', passwordHash: await hashPassword(OTHER_CLINIC_USER.password) } },
        },
      })
    } finally {
      await db.$disconnect()
    }
  })
  afterAll(() => browser?.close())

  it('saves a template from the builder, finds it in the list, and "Print now" gives a PDF that matches it', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.getByRole('radio', { name: /Office worker/ }).check()
    await page.locator('input[name="causes"][value="prolonged-sitting"]').check()
    await page.locator('input[name="causes"][value="dehydration"]').check()
    await page.getByLabel('Your note (optional)').fill('Walk a few steps every hour.')
    await page.getByLabel('First name (optional)').fill('Bartholomew')
    await page.getByRole('button', { name: 'Save as template' }).click()
    await page.getByLabel('Template name').fill('Desk workers who sit all day')
    await page.getByLabel('Share with everyone in my clinic').check()
    await page.getByLabel("Keep my note as the template's default note").check()
    await page.getByRole('button', { name: 'Save template' }).click()
    await page.getByText('Saved as template "Desk workers who sit all day"').waitFor()

    await page.goto(`${baseUrl}/templates?q=DESK+sit`)
    const card = page.locator('li.template-card', { hasText: 'Desk workers who sit all day' })
    await expect(card.count()).resolves.toBe(1)
    await expect(card.textContent()).resolves.toMatch(/Office worker · Not enough fluid, Sitting for a long time/)
    await page.goto(`${baseUrl}/templates?group=athlete`)
    await expect(page.locator('li.template-card', { hasText: 'Desk workers' }).count()).resolves.toBe(0)

    await page.goto(`${baseUrl}/templates`)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'templates.png'), fullPage: true })
    const printNow = page.getByRole('form', { name: 'Print now: Desk workers who sit all day' })
    await printNow.getByLabel("Patient's first name (optional)").fill('Wilhelmina')
    const [download] = await Promise.all([page.waitForEvent('download'), printNow.getByRole('button', { name: 'Download' }).click()])
    expect(download.suggestedFilename()).toMatch(/^leg-cramps-office-worker-/)
    const file = path.join(SCREENSHOTS, 'template-print-now.pdf')
    await download.saveAs(file)
    const text = (await readPdf(readFileSync(file))).pages.map((p) => p.text).join(' ')
    expect(text).toContain('Prepared for Wilhelmina')
    expect(text).toContain('Walk a few steps every hour.')
    // The same handout the builder makes from the same choices.
    const fromBuilder = await page.request.post(`${baseUrl}/api/handouts/pdf`, {
      data: { group: 'office-worker', causes: ['prolonged-sitting', 'dehydration'], personal: { patientFirstName: 'Wilhelmina', note: 'Walk a few steps every hour.' } },
    })
    expect(text).toBe((await readPdf(await fromBuilder.body())).pages.map((p) => p.text).join(' '))
    expect(text).not.toContain('Bartholomew')
    expect(text).not.toContain('If you have flat feet')
  })

  it('opens the builder filled in from a template with "Use"', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/templates`)
    await page.locator('li.template-card', { hasText: 'Desk workers who sit all day' }).getByRole('link', { name: 'Use' }).click()
    await page.waitForURL('**/handouts/new?template=*')
    expect(await page.getByRole('radio', { name: /Office worker/ }).isChecked()).toBe(true)
    expect(await page.locator('input[name="causes"][value="prolonged-sitting"]').isChecked()).toBe(true)
    await expect(page.getByLabel('Your note (optional)').inputValue()).resolves.toBe('Walk a few steps every hour.')
    await expect(page.getByLabel('First name (optional)').inputValue()).resolves.toBe('')
  })

  it('previews the handout a template makes while it is edited, as the builder does, with its page count', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/templates`)
    await page.locator('li.template-card', { hasText: 'Desk workers who sit all day' }).getByRole('link', { name: /^Edit/ }).click()
    await page.waitForURL('**/templates/*')
    const preview = page.getByRole('region', { name: 'Preview' })
    await preview.getByText('Walk a few steps every hour.').waitFor()
    await expect.poll(() => preview.locator('.page-count').textContent(), { timeout: 15_000 }).toMatch(/^\d pages?, within the 2-page budget/)
    // A change shows at once, before it is saved.
    await page.getByLabel('Default note (optional)').fill('Stand up at every phone call.')
    await preview.getByText('Stand up at every phone call.').waitFor()
    await page.getByLabel('Large print (18 pt)').check()
    await expect.poll(() => preview.locator('.page-count').textContent(), { timeout: 15_000 }).toMatch(/within the 4-page budget/)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'template-edit-preview.png'), fullPage: true })
  })

  it('keeps a template’s length: "Use" and "Print now" give the complete guide it was saved with, and a template saved before the choice gives the short handout', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.getByRole('radio', { name: /Senior/ }).check()
    await page.locator('input[name="causes"][value="medications"]').check()
    await page.getByRole('radio', { name: /Complete guide/ }).check()
    await page.getByRole('button', { name: 'Save as template' }).click()
    await page.getByLabel('Template name').fill('Seniors on medicines, complete guide')
    await page.getByRole('button', { name: 'Save template' }).click()
    await page.getByText('Saved as template "Seniors on medicines, complete guide"').waitFor()

    const db = createPrismaClient(databaseUrl)
    let saved, older
    try {
      saved = await db.template.findFirstOrThrow({ where: { name: 'Seniors on medicines, complete guide' } })
      // As saved before the length choice existed: no length among its options.
      const { length, ...optionsBefore } = saved.options as Record<string, string | boolean | string[]>
      expect(length).toBe('full')
      older = await db.template.create({
        data: {
          clinicId: saved.clinicId,
          ownerId: saved.ownerId,
          name: 'Seniors on medicines, saved long ago',
          topic: saved.topic,
          group: saved.group,
          causes: saved.causes as string[],
          options: optionsBefore,
          sectionVersions: saved.sectionVersions as Record<string, string>,
        },
      })
    } finally {
      await db.$disconnect()
    }

    const textOf = async (response: { body(): Promise<Buffer> }) => (await readPdf(await response.body())).pages.map((p) => p.text).join(' ')
    const choices = { group: 'senior', causes: ['medications'] }
    const complete = await textOf(await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: { ...choices, options: { length: 'full' } } }))
    const short = await textOf(await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: choices }))
    expect(complete).not.toBe(short)
    expect(await textOf(await page.request.post(`${baseUrl}/api/templates/${saved.id}/pdf`, { data: {} }))).toBe(complete)
    expect(await textOf(await page.request.post(`${baseUrl}/api/templates/${older.id}/pdf`, { data: {} }))).toBe(short)

    await page.goto(`${baseUrl}/handouts/new?template=${saved.id}`)
    expect(await page.getByRole('radio', { name: /Complete guide/ }).isChecked()).toBe(true)
    await page.goto(`${baseUrl}/handouts/new?template=${older.id}`)
    expect(await page.getByRole('radio', { name: /Short handout/ }).isChecked()).toBe(true)
    await page.goto(`${baseUrl}/templates/${older.id}`)
    expect(await page.getByRole('radio', { name: /Short handout/ }).isChecked()).toBe(true)
  }, 60_000)

  it('hides one clinic’s templates from another: 404 for its id, by page and by route', async () => {
    const db = createPrismaClient(databaseUrl)
    const template = await db.template.findFirstOrThrow({ where: { name: 'Desk workers who sit all day' } })
    await db.$disconnect()
    const outsider = await signedInPage(browser, baseUrl, OTHER_CLINIC_USER)
    await outsider.goto(`${baseUrl}/templates`)
    await expect(outsider.locator('li.template-card').count()).resolves.toBe(0)
    expect((await outsider.goto(`${baseUrl}/templates/${template.id}`))?.status()).toBe(404)
    expect((await outsider.request.post(`${baseUrl}/api/templates/${template.id}/pdf`, { data: {} })).status()).toBe(404)
    expect((await outsider.request.post(`${baseUrl}/api/handouts/pdf?template=${template.id}`, { data: { group: 'senior' } })).status()).toBe(404)
    await outsider.goto(`${baseUrl}/handouts/new?template=${template.id}`)
    await expect(outsider.locator('p.alert').textContent()).resolves.toMatch(/does not exist or is not shared with you/)
  })

  it('lists the handouts made, without names or notes, and shows the admin the clinic’s usage', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/history`)
    const table = await page.locator('table').textContent()
    expect(table).toMatch(/Office worker/)
    expect(table).toMatch(/Desk workers who sit all day/)
    expect(table).not.toMatch(/Wilhelmina|Walk a few steps/)

    const admin = await signedInPage(browser, baseUrl, { email: 'admin@demo-clinic.test', password: 'clinic-admin-demo' })
    await admin.goto(`${baseUrl}/admin/usage`)
    await expect(admin.getByRole('listitem', { name: /Office worker: \d+/ }).count()).resolves.toBe(1)
    await admin.screenshot({ path: path.join(SCREENSHOTS, 'usage.png'), fullPage: true })
  })
})
