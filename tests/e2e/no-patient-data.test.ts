import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../support/browser'
import { readPdf } from '../support/read-pdf'
import { signedInPage } from '../support/sign-in'

const baseUrl = inject('baseUrl')
const dataDir = inject('dataDir')
const serverLogFile = inject('serverLogFile')
const NAME = 'Zephyrinella'
const NOTE = 'Marmoset-quadrille-4417 stretch twice daily'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

describe('nothing about a patient is kept', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('after handouts with a name and a note, neither is in the database, the logs or the data folder', async () => {
    const page = await signedInPage(browser, baseUrl)
    for (const group of ['senior', 'athlete']) {
      const response = await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: { group, causes: ['dehydration'], personal: { patientFirstName: NAME, note: NOTE } } })
      expect(response.status()).toBe(200)
      // The search is for something really there: the PDF itself carries both.
      const text = (await readPdf(await response.body())).pages.map((p) => p.text).join(' ')
      expect(text).toContain(NAME)
      expect(text).toContain(NOTE)
    }
    // Bad input too: a refused request must not echo the name into a log.
    await page.request.post(`${baseUrl}/api/handouts/pdf`, { data: { group: 'astronaut', personal: { patientFirstName: NAME, note: NOTE } } })

    const log = readFileSync(serverLogFile, 'utf8')
    expect(log).toMatch(/"event":"handout.created"/)
    for (const file of filesUnder(dataDir)) {
      const bytes = readFileSync(file)
      for (const secret of [NAME, NOTE, 'Marmoset']) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${path.basename(file)}`).toBe(false)
        expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16) in ${path.basename(file)}`).toBe(false)
      }
    }
  })
})
