import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { signedInPage } from '../support/sign-in'

const baseUrl = inject('baseUrl')
const origin = new URL(baseUrl).origin

/** Sign-in callbacks that once sent people to another site, as they arrive in a link. */
const ATTACKS = ['/%5Cevil.example', '/%09/evil.example', '/%5C%5Cevil.example', '//evil.example', '/%2F%2Fevil.example', '/.//evil.example', 'https://evil.example/', '/%0A/evil.example']

describe('redirects after sign-in stay on this site', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it.each(ATTACKS)('a signed-in visit to /sign-in?callbackUrl=%s redirects to a page of ours', async (attack) => {
    const page = await signedInPage(browser, baseUrl)
    const response = await page.request.get(`${baseUrl}/sign-in?callbackUrl=${attack}`, { maxRedirects: 0 })
    expect(response.status()).toBe(307)
    const location = new URL(response.headers().location!, `${baseUrl}/sign-in`)
    expect(location.origin).toBe(origin)
    expect(location.pathname).toBe('/handouts/new')
    await page.context().close()
  })

  it('signing in from a link with a hostile callback lands on the builder, not on the other site', async () => {
    for (const attack of ['/%5Cevil.example', '/%09/evil.example']) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const visited: string[] = []
      // Nothing may reach the other site; should the app send us there, the test sees where we went.
      await context.route((url) => url.hostname.endsWith('evil.example'), (route) => {
        visited.push(route.request().url())
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>evil</h1>' })
      })
      await page.goto(`${baseUrl}/sign-in?callbackUrl=${attack}`)
      await page.getByLabel('Email').fill(DEMO_ACCOUNTS.clinician.email)
      await page.getByLabel('Password').fill(DEMO_ACCOUNTS.clinician.password)
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'))
      await page.waitForLoadState('load')
      expect(visited, attack).toEqual([])
      expect(new URL(page.url()).origin, attack).toBe(origin)
      expect(new URL(page.url()).pathname, attack).toBe('/handouts/new')
      await context.close()
    }
  })

  it('next-auth keeps only a path of ours as the place to return to after single sign-on', async () => {
    for (const attack of ['/\\evil.example', '/\t/evil.example', 'https://evil.example/', `${baseUrl}//evil.example`]) {
      const csrf = await fetch(`${baseUrl}/api/auth/csrf`)
      const { csrfToken } = (await csrf.json()) as { csrfToken: string }
      const cookie = csrf.headers.getSetCookie().map((one) => one.split(';', 1)[0]).join('; ')
      const response = await fetch(`${baseUrl}/api/auth/signin/oidc`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ csrfToken, callbackUrl: attack }),
      })
      const callbackCookie = response.headers.getSetCookie().find((one) => one.startsWith('next-auth.callback-url='))
      expect(decodeURIComponent(callbackCookie!.split(';', 1)[0]!.slice('next-auth.callback-url='.length)), attack).toBe(`${baseUrl}/handouts/new`)
    }
  })
})
