import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { signedInPage } from '../support/sign-in'

const baseUrl = inject('baseUrl')

describe('security headers and cross-site requests', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('sends a nonce-based Content Security Policy and the other protective headers with every page', async () => {
    const first = await fetch(`${baseUrl}/sign-in`)
    const second = await fetch(`${baseUrl}/sign-in`)
    const policy = first.headers.get('content-security-policy') ?? ''
    expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain('unsafe-eval')
    expect(second.headers.get('content-security-policy')).not.toBe(policy)
    expect(first.headers.get('x-content-type-options')).toBe('nosniff')
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(first.headers.get('permissions-policy')).toContain('camera=()')
    expect(first.headers.get('x-frame-options')).toBe('DENY')
    expect(first.headers.get('strict-transport-security')).toContain('max-age=')
    const nonce = /'nonce-([\w+/=]+)'/.exec(policy)![1]
    expect(await first.text()).toContain(`nonce="${nonce}"`)
  })

  it('sends the protective headers with the redirects and errors Next answers before the app runs', async () => {
    const names = ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'strict-transport-security']
    // A repeated slash and a trailing slash (tidied by Next with a 308), a missing static file, a missing page.
    for (const path of ['/templates//new', '/sign-in/', '/_next/static/none.js', '/no-such-page']) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
      expect([path, response.status < 500, names.filter((name) => !response.headers.has(name))]).toEqual([path, true, []])
    }
  })

  it('runs the builder with no script or style blocked by the policy', async () => {
    const page = await signedInPage(browser, baseUrl)
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${baseUrl}/handouts/new`)
    await page.getByRole('radio', { name: /Athlete/ }).check()
    await page.getByRole('article', { name: 'Handout preview' }).waitFor()
    expect(violations).toEqual([])
  })

  it('refuses a PDF request sent from another site', async () => {
    const page = await signedInPage(browser, baseUrl)
    const crossSite = await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: { group: 'senior' }, headers: { Origin: 'https://evil.example' } })
    expect(crossSite.status()).toBe(403)
    const sameSite = await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: { group: 'senior' }, headers: { Origin: baseUrl } })
    expect(sameSite.status()).toBe(200)
  })

  it('sends the same protective headers with the PDF route, answered or refused, as with the other routes', async () => {
    const page = await signedInPage(browser, baseUrl)
    const pdf = await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: { group: 'senior' } })
    const refused = await fetch(`${baseUrl}/api/handouts/pdf`, { method: 'POST', body: '{}' })
    const nextRoute = await fetch(`${baseUrl}/api/templates/none/pdf`, { method: 'POST', body: '{}' })
    const names = ['x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options', 'strict-transport-security']
    const protective = (headers: Record<string, string>) => names.map((name) => headers[name])
    expect(protective(Object.fromEntries(nextRoute.headers)).every(Boolean)).toBe(true)
    expect(protective(pdf.headers())).toEqual(protective(Object.fromEntries(nextRoute.headers)))
    expect(protective(Object.fromEntries(refused.headers))).toEqual(protective(Object.fromEntries(nextRoute.headers)))
    expect([pdf.status(), refused.status, nextRoute.status]).toEqual([200, 401, 401])
    expect(pdf.headers()['x-powered-by']).toBeUndefined()
  })
})
