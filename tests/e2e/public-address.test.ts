import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareDatabase, startAppServer, type TAppServer } from '../support/app-server'
import { launchBrowser } from '../support/browser'
import { freePort } from '../support/free-port'
import { readQrCodes } from '../support/read-qr'
import { signedInPage } from '../support/sign-in'

/** A PDF as the builder's Download button asks for it: a fetch from the page, so the browser sets Origin and Fetch Metadata itself. */
async function downloadFromPage(page: Page): Promise<{ status: number; pdf: Uint8Array }> {
  const { status, base64 } = await page.evaluate(async () => {
    const response = await fetch('/api/handouts/pdf', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ group: 'senior' }) })
    const bytes = new Uint8Array(await response.arrayBuffer())
    let binary = ''
    for (const byte of bytes) binary += String.fromCharCode(byte)
    return { status: response.status, base64: btoa(binary) }
  })
  return { status, pdf: new Uint8Array(Buffer.from(base64, 'base64')) }
}

describe('an app started with only PORT set (issue 22)', () => {
  let dir: string
  let server: TAppServer
  let port: number
  let browser: Browser
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'public-address-'))
    port = await freePort()
    // No NEXTAUTH_URL: the app must work out its own address from PORT.
    server = await startAppServer({ port, env: { DATABASE_URL: await prepareDatabase(path.join(dir, 'app.db')), NEXTAUTH_URL: undefined, NEXTAUTH_SECRET: 'test-only-secret-0123456789abcdefghijklmnop', PDF_RENDER_MODE: 'lean' } })
    browser = await launchBrowser()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('says where it is in its ready line', () => {
    expect(server.log()).toContain(`Handout Builder is ready at http://localhost:${port}\n`)
  })

  it('has an icon for the browser tab at /favicon.ico, and names it in every page', async () => {
    const icon = await fetch(`http://localhost:${port}/favicon.ico`)
    expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/x-icon'])
    expect(await (await fetch(`http://localhost:${port}/sign-in`)).text()).toMatch(/<link rel="icon" href="\/favicon\.ico[^"]*"/)
  })

  it('makes PDFs from localhost and from 127.0.0.1 whose QR code opens the web version on that port', async () => {
    for (const host of ['localhost', '127.0.0.1']) {
      const page = await signedInPage(browser, `http://${host}:${port}`)
      await page.goto(`http://${host}:${port}/handouts/new`)
      const { status, pdf } = await downloadFromPage(page)
      expect([host, status]).toEqual([host, 200])
      const [link] = await readQrCodes(pdf)
      expect(link).toMatch(new RegExp(`^http://localhost:${port}/h/`))
      expect((await fetch(link!)).status).toBe(200)
      await page.context().close()
    }
  }, 120_000)
})
