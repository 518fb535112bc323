import fc from 'fast-check'
import type { Browser, APIRequestContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPrismaClient } from '@/lib/db'
import { launchBrowser } from '../support/browser'
import { signedInPage } from '../support/sign-in'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')

const oddString = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('../../etc/passwd', '%2e%2e%2f', '\u0000', '🦵', '__proto__', 'x'.repeat(20_000)))
const oddValue = fc.oneof(oddString, fc.integer(), fc.boolean(), fc.constant(null), fc.array(oddString, { maxLength: 4 }))
const payloads = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ group: fc.oneof(fc.constant('senior'), oddValue), causes: oddValue, options: fc.oneof(fc.record({ language: oddValue, largePrint: oddValue }, { requiredKeys: [] }), oddValue), personal: oddValue, admin: oddValue }, { requiredKeys: [] }),
)

async function counts() {
  const db = createPrismaClient(databaseUrl)
  try {
    return { handouts: await db.handoutLog.count(), templates: await db.template.count(), users: await db.user.count(), clinics: await db.clinic.count() }
  } finally {
    await db.$disconnect()
  }
}

describe('random and malformed requests to every route (property tests over HTTP)', () => {
  let browser: Browser
  let request: APIRequestContext
  beforeAll(async () => {
    browser = await launchBrowser()
    request = (await signedInPage(browser, baseUrl)).request
  })
  afterAll(() => browser?.close())

  it('the PDF and page-count routes answer 4xx with field errors, never 5xx, and write nothing for a refused request or a page count', async () => {
    const before = await counts()
    let accepted = 0
    await fc.assert(
      fc.asyncProperty(payloads, fc.constantFrom('/api/handouts/pdf', '/api/handouts/pages', '/api/templates/no-such-template/pdf', '/api/handouts/pdf?template=../x'), async (payload, path) => {
        const response = await request.post(`${baseUrl}${path}`, { data: JSON.stringify(payload), headers: { 'content-type': 'application/json' } })
        expect(response.status(), JSON.stringify(payload).slice(0, 200)).toBeLessThan(500)
        if (response.status() === 200) {
          if (path.endsWith('/pdf')) accepted += 1
          return
        }
        expect(response.status()).toBeGreaterThanOrEqual(400)
        const body = (await response.json()) as { errors?: { field: string; message: string }[]; error?: string }
        expect(body.errors?.length || body.error).toBeTruthy()
      }),
      { numRuns: 120 },
    )
    expect(await counts()).toEqual({ ...before, handouts: before.handouts + accepted })
  }, 180_000)

  it('bodies that are not JSON, or far too large, are refused with 400', async () => {
    for (const data of ['{', 'null', '[]', '"text"', 'x'.repeat(100_000)]) {
      const response = await request.post(`${baseUrl}/api/handouts/pdf`, { data, headers: { 'content-type': 'application/json' } })
      expect(response.status(), data.slice(0, 20)).toBe(400)
    }
  })

  it('web-version addresses that are not genuine are 404, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), fc.constantFrom('%E0%A4%A', '..%2f..%2f', 'a~b~c~d~e~f~g')), async (id) => {
        const response = await fetch(`${baseUrl}/h/${encodeURIComponent(id)}`)
        expect([404, 400], id).toContain(response.status)
      }),
      { numRuns: 60 },
    )
  })
})
