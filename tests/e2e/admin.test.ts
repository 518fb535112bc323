import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { launchBrowser } from '../support/browser'
import { makePng } from '../support/make-png'
import { signedInPage, signIn } from '../support/sign-in'

const baseUrl = inject('baseUrl')

describe('clinic admin', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('is only for clinic admins', async () => {
    const page = await signedInPage(browser, baseUrl)
    await page.goto(`${baseUrl}/admin`)
    expect(new URL(page.url()).pathname).toBe('/handouts/new')
    await expect(page.getByRole('link', { name: 'Clinic admin' }).count()).resolves.toBe(0)
  })

  it('refuses a single sign-on domain that is not the admin’s own, naming the field and keeping what was typed', async () => {
    const page = await signedInPage(browser, baseUrl, DEMO_ACCOUNTS.admin)
    await page.goto(`${baseUrl}/admin`)
    const domain = page.getByLabel('Email domain for single sign-on (optional)')
    await domain.fill('big-hospital.example')
    await page.getByRole('button', { name: 'Save details' }).click()
    await page.getByText('You can only use the email domain you sign in from.').waitFor()
    await page.getByText('must be the domain of your own email address (demo-clinic.test)').waitFor()
    await expect(domain.inputValue()).resolves.toBe('big-hospital.example')
    await page.reload()
    await expect(page.getByLabel('Email domain for single sign-on (optional)').inputValue()).resolves.toBe('demo-clinic.test')
  })

  it('sets the paper new handouts start on, which the builder then offers first', async () => {
    const admin = await signedInPage(browser, baseUrl, DEMO_ACCOUNTS.admin)
    await admin.goto(`${baseUrl}/admin`)
    await admin.getByRole('radio', { name: 'A4' }).check()
    await admin.getByRole('button', { name: 'Save details' }).click()
    await admin.getByText('Clinic details saved. New handouts use them.').waitFor()
    try {
      const clinician = await signedInPage(browser, baseUrl)
      await clinician.goto(`${baseUrl}/handouts/new`)
      await expect(clinician.getByRole('radio', { name: 'A4' }).isChecked()).resolves.toBe(true)
      await expect(clinician.getByRole('radio', { name: 'Letter (US)' }).isChecked()).resolves.toBe(false)
    } finally {
      await admin.reload()
      await admin.getByRole('radio', { name: 'Letter (US)' }).check()
      await admin.getByRole('button', { name: 'Save details' }).click()
      await admin.getByText('Clinic details saved. New handouts use them.').waitFor()
    }
  })

  it('adds a clinician with a one-time password, who must choose their own at first sign-in, and can disable them', async () => {
    const admin = await signedInPage(browser, baseUrl, DEMO_ACCOUNTS.admin)
    await admin.goto(`${baseUrl}/admin`)
    await admin.getByRole('textbox', { name: 'Name', exact: true }).fill('Nina Nurse')
    await admin.getByRole('textbox', { name: 'Email', exact: true }).fill('nina@demo-clinic.test')
    await admin.getByRole('button', { name: 'Add and make a one-time password' }).click()
    const oneTimePassword = await admin.locator('code.one-time-password').textContent()
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/)
    await expect(admin.getByRole('row', { name: /Nina Nurse/ }).textContent()).resolves.toMatch(/Must choose a password/)

    const nina = await (await browser.newContext()).newPage()
    await signIn(nina, baseUrl, { email: 'nina@demo-clinic.test', password: oneTimePassword! })
    await nina.goto(`${baseUrl}/handouts/new`)
    expect(new URL(nina.url()).pathname).toBe('/account/password')
    // Nothing else works on a one-time password, the API included.
    expect((await nina.request.post(`${baseUrl}/api/handouts/pdf`, { data: { group: 'senior' } })).status()).toBe(401)
    await nina.getByLabel('Current or one-time password').fill(oneTimePassword!)
    await nina.getByLabel('New password', { exact: true }).fill('short')
    await nina.getByLabel('New password again').fill('short')
    await nina.getByRole('button', { name: 'Save password' }).click()
    // The browser stops a short password before it is sent; the server's own check has its integration test.
    expect(await nina.getByLabel('New password', { exact: true }).evaluate((input) => (input as HTMLInputElement).validity.tooShort)).toBe(true)
    expect(new URL(nina.url()).pathname).toBe('/account/password')
    await nina.getByLabel('New password', { exact: true }).fill('calf stretch every evening')
    await nina.getByLabel('New password again').fill('calf stretch every evening')
    await nina.getByRole('button', { name: 'Save password' }).click()
    // A new password ends every session, this one too: sign in again with it.
    await nina.waitForURL('**/sign-in?notice=password-changed')
    await expect(nina.getByRole('status').filter({ hasText: 'Password changed' }).count()).resolves.toBe(1)
    await signIn(nina, baseUrl, { email: 'nina@demo-clinic.test', password: 'calf stretch every evening' })
    await nina.goto(`${baseUrl}/handouts/new`)
    expect(new URL(nina.url()).pathname).toBe('/handouts/new')

    // An admin's password reset ends Nina's sessions at once.
    await admin.reload()
    await admin.getByRole('button', { name: 'Reset password of Nina Nurse' }).click()
    await admin.locator('code.one-time-password').last().waitFor()
    await nina.goto(`${baseUrl}/handouts/new`)
    expect(new URL(nina.url()).pathname).toBe('/sign-in')

    await admin.reload()
    await admin.getByRole('button', { name: 'Disable Nina Nurse' }).click()
    await admin.getByText('Account disabled.').waitFor()
    await nina.goto(`${baseUrl}/sign-in`)
    await nina.getByLabel('Email').fill('nina@demo-clinic.test')
    await nina.getByLabel('Password').fill('calf stretch every evening')
    await nina.getByRole('button', { name: 'Sign in', exact: true }).click()
    await expect(nina.locator('p.alert').textContent()).resolves.toBe('Email or password is wrong.')
  })

  it('rejects a file that only pretends to be an image, and prints a real logo on handouts', async () => {
    const admin = await signedInPage(browser, baseUrl, DEMO_ACCOUNTS.admin)
    await admin.goto(`${baseUrl}/admin`)
    const logoForm = admin.locator('form', { has: admin.getByLabel('PNG or JPEG, up to 1 MB') })
    await logoForm.getByLabel('PNG or JPEG, up to 1 MB').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('hello, not an image') })
    await logoForm.getByRole('button', { name: 'Upload logo' }).click()
    await expect(logoForm.locator('.field-error').textContent()).resolves.toBe('Logo must be a PNG or JPEG image')

    await logoForm.getByLabel('PNG or JPEG, up to 1 MB').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: makePng(160, 48) })
    await logoForm.getByRole('button', { name: 'Upload logo' }).click()
    await admin.getByText('Logo saved.', { exact: false }).waitFor()
    await admin.reload()
    await admin.getByRole('img', { name: 'Demo Family Clinic logo' }).waitFor()

    const clinician = await signedInPage(browser, baseUrl)
    const response = await clinician.request.post(`${baseUrl}/api/handouts/pdf`, { data: { group: 'senior' } })
    expect(response.status()).toBe(200)
    expect((await response.body()).toString('latin1')).toMatch(/\/Subtype\s*\/Image/)

    await admin.getByRole('button', { name: 'Remove logo' }).click()
    await admin.getByText('Logo removed.').waitFor()
  })
})
