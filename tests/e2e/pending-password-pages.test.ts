import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hashPassword } from '@/lib/data/password'
import { topicLibrary } from '@/lib/content/load-topic'
import { logHandout } from '@/lib/data/history/log-handout'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { createTemplate } from '@/lib/data/templates/create-template'
import { createPrismaClient } from '@/lib/db'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { handoutModelOf } from '@/lib/handout/handout-model'
import { launchBrowser } from '../support/browser'
import { signIn } from '../support/sign-in'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')

const PENDING = { email: 'pending.admin@demo-clinic.test', password: 'one-time-pass-7h2k-9m4q', name: 'Pat Pending' }
const TEMPLATE_NAME = 'Zanzibar night-cramp routine'

describe('someone still on a one-time password (issue 20, item 6)', () => {
  let browser: Browser
  let page: Page
  let templateId: string
  let sectionTitle: string
  let sectionPath: string

  beforeAll(async () => {
    const db = createPrismaClient(databaseUrl)
    try {
      // An admin of the demo clinic, as `npm run clinic:create` or a password reset leaves one, and data of the clinic's that pages show.
      const clinician = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.clinician.email } })
      await db.user.create({ data: { email: PENDING.email, name: PENDING.name, clinicId: clinician.clinicId, role: 'admin', passwordHash: await hashPassword(PENDING.password), mustChangePassword: true } })
      const topics = topicLibrary()
      templateId = (await createTemplate(db, clinician, parseTemplateInput({ name: TEMPLATE_NAME, group: 'athlete', causes: ['muscle-fatigue'], isShared: true }, topics), {})).id
      await logHandout(db, clinician, { handout: handoutModelOf({ group: 'athlete', causes: ['muscle-fatigue'] }), pageCount: 2, renderMs: 300, templateId })
      const topic = topics.load(topics.ids[0]!)
      const section = topic.sections.at(-1)!
      sectionTitle = section.title
      sectionPath = `/library/${topic.id}/${section.id}`
    } finally {
      await db.$disconnect()
    }
    browser = await launchBrowser()
    page = await (await browser.newContext()).newPage()
    await signIn(page, baseUrl, PENDING)
  })
  afterAll(() => browser?.close())

  const pages = () => ['/handouts/new', `/handouts/new?template=${templateId}`, '/templates', `/templates/${templateId}`, '/history', '/history?scope=clinic', '/admin', '/admin/usage', '/library', sectionPath]

  const secrets = () => [TEMPLATE_NAME, DEMO_ACCOUNTS.clinician.email, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.clinician.name, DEMO_ACCOUNTS.admin.name, 'Tired muscles', sectionTitle]

  it('is sent to choose a password from every clinic page, and the redirect carries none of the page’s data', async () => {
    for (const path of pages()) {
      const response = await page.request.get(`${baseUrl}${path}`, { maxRedirects: 0 })
      const body = await response.text()
      expect(response.status(), path).toBe(307)
      expect(new URL(response.headers().location!, baseUrl).pathname, path).toBe('/account/password')
      for (const secret of secrets()) expect(body, `${path} must not contain ${secret}`).not.toContain(secret)
    }
  })

  it('gets the same from the client router: a payload that redirects and holds none of the page’s data', async () => {
    for (const path of pages()) {
      // Next answers a React Server Components request without its cache-busting parameter with a redirect that adds it.
      const first = await page.request.get(`${baseUrl}${path}`, { maxRedirects: 0, headers: { rsc: '1' } })
      const response = first.status() === 307 ? await page.request.get(new URL(first.headers().location!, baseUrl).href, { maxRedirects: 0, headers: { rsc: '1' } }) : first
      const body = await response.text()
      expect(response.headers()['content-type'], path).toContain('text/x-component')
      expect(body, path).toContain(';/account/password;')
      for (const secret of secrets()) expect(body, `${path} must not contain ${secret}`).not.toContain(secret)
    }
  })

  it('can still reach the page to choose a password', async () => {
    await page.goto(`${baseUrl}/account/password`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Choose your own password')
    await page.goto(`${baseUrl}/templates`)
    expect(new URL(page.url()).pathname).toBe('/account/password')
  })
})
