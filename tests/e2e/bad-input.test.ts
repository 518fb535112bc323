import { once } from 'node:events'
import { connect } from 'node:net'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { createPrismaClient } from '@/lib/db'
import { topicLibrary } from '@/lib/content/load-topic'
import { createTemplate } from '@/lib/data/templates/create-template'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { currentSectionVersions } from '@/lib/handout/template-freshness'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { MAX_ACTION_BODY_BYTES, MAX_JSON_BODY_BYTES } from '@/lib/http/body-limits.mjs'
import { sendRaw, signInOverHttp, type TRawAnswer } from '../support/raw-request'
import { actionHeaders, builtServerActions, type TServerAction } from '../support/server-actions'
import { NIGHT_CRAMPS } from '../support/template-fixtures'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const MB = 1024 * 1024

function expectSecurityHeaders(answer: TRawAnswer) {
  expect(answer.headers['x-content-type-options']).toBe('nosniff')
  expect(answer.headers['x-frame-options']).toBe('DENY')
  expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
}

describe('bad input to the running app is a 4xx with a clear message and the security headers (issue 20, items 3, 7, 8)', () => {
  let cookie: string
  let actions: Map<string, TServerAction>
  beforeAll(async () => {
    cookie = await signInOverHttp(baseUrl)
    actions = new Map(builtServerActions().map((action) => [action.name, action]))
  })

  it('a sign-in error naming an Object property (toString, constructor, __proto__) shows the generic message, not a 500', async () => {
    for (const error of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const answer = await sendRaw(baseUrl, { path: `/sign-in?error=${error}` })
      expect(answer.status, error).toBe(200)
      expect(answer.text).toContain('Sign-in did not work. Please try again.')
      expectSecurityHeaders(answer)
    }
  })

  it('a malformed %-escape in a path is a 400 page saying so, with the security headers', async () => {
    for (const path of ['/h/%E0%A4%A', '/h/abc%', '/templates/%', '/library/leg-cramps/%ED%A0%80', '/api/templates/%ZZ/pdf']) {
      const answer = await sendRaw(baseUrl, { path, headers: { cookie } })
      expect(answer.status, path).toBe(400)
      expect(answer.text).toContain('malformed %-escape')
      expectSecurityHeaders(answer)
    }
  })

  it('a request that is not HTTP at all is Node\'s own 400, never a 500 (stock `next start` sends it without our headers: README)', async () => {
    const socket = connect(Number(new URL(baseUrl).port), '127.0.0.1')
    await once(socket, 'connect')
    socket.end('NOT HTTP\r\n\r\n')
    const chunks: Buffer[] = []
    for await (const chunk of socket) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).toString()).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
  })

  it('a server action from another site is refused with 403, not a 500', async () => {
    const preview = actions.get('previewHandout')!
    for (const origin of ['http://evil.example', 'null', 'not a url']) {
      const answer = await sendRaw(baseUrl, { method: 'POST', path: preview.page, headers: { ...actionHeaders(preview, { origin }), cookie }, body: '[{}]' })
      expect(answer.status, origin).toBe(403)
      expect(answer.text).toContain('Requests from other sites are refused.')
      expectSecurityHeaders(answer)
    }
    const sameSite = await sendRaw(baseUrl, { method: 'POST', path: preview.page, headers: { ...actionHeaders(preview, { origin: baseUrl }), cookie }, body: '[{}]' })
    expect(sameSite.status).toBe(200)
  })

  it('a server action body React cannot decode is a 400 naming the problem', async () => {
    const preview = actions.get('previewHandout')!
    for (const [body, problem] of [
      ['{', 'not JSON'],
      ['["$Q1"]', 'a value of a kind no form here sends'],
      ['["$1"]', 'row 1 of the action\'s arguments is missing'],
      ['["$nabc"]', 'a value of a kind no form here sends'],
    ] as const) {
      const answer = await sendRaw(baseUrl, { method: 'POST', path: preview.page, headers: { ...actionHeaders(preview), cookie }, body })
      expect(answer.status, body).toBe(400)
      expect(answer.text).toContain(problem)
    }
    const multipart = await sendRaw(baseUrl, { method: 'POST', path: preview.page, headers: { ...actionHeaders(preview, { 'content-type': 'multipart/form-data; boundary=x' }), cookie }, body: '--x\r\ngarbage' })
    expect(multipart.status).toBe(400)
    expect(multipart.text).toContain('not valid multipart form data')
  })

  it('an oversized body is refused with 413 while it streams, with or without Content-Length, on every kind of route', async () => {
    const cases: { path: string; headers: Record<string, string>; limit: number }[] = [
      { path: '/api/handouts/pdf', headers: { 'content-type': 'application/json' }, limit: MAX_JSON_BODY_BYTES },
      { path: '/api/templates/any/pdf', headers: { 'content-type': 'application/json' }, limit: MAX_JSON_BODY_BYTES },
      { path: '/api/handouts/pages', headers: { 'content-type': 'application/json' }, limit: MAX_JSON_BODY_BYTES },
      { path: '/api/auth/callback/credentials', headers: { 'content-type': 'application/x-www-form-urlencoded' }, limit: MAX_JSON_BODY_BYTES },
      { path: actions.get('saveLogo')!.page, headers: actionHeaders(actions.get('saveLogo')!, { 'content-type': 'multipart/form-data; boundary=x' }), limit: MAX_ACTION_BODY_BYTES },
    ]
    for (const { path, headers, limit } of cases) {
      // Chunked, no Content-Length: 300 MB offered, refused once the limit is passed.
      const started = Date.now()
      const chunked = await sendRaw(baseUrl, { method: 'POST', path, headers: { ...headers, cookie }, chunks: { size: 64 * 1024, count: (300 * MB) / (64 * 1024) } })
      expect(chunked.status, path).toBe(413)
      expect(chunked.text).toContain(`${limit} bytes`)
      expectSecurityHeaders(chunked)
      // Refused long before 300 MB could have gone over a loopback connection and been parsed.
      expect(Date.now() - started, path).toBeLessThan(10_000)
      // A declared 300 MB: a route refuses it at once, before any of it is read. Next answers a
      // page's proxy only once the body has ended (read and dropped past the limit), so that
      // client sends what it declared.
      const isPage = !path.startsWith('/api/')
      const declared = await sendRaw(baseUrl, { method: 'POST', path, headers: { ...headers, cookie, 'content-length': String(300 * MB) }, ...(isPage ? { chunks: { size: 64 * 1024, count: (300 * MB) / (64 * 1024) } } : { body: 'x'.repeat(1000) }) })
      expect(declared.status, path).toBe(413)
      expectSecurityHeaders(declared)
    }
  })

  it('a JSON body just past 16 KB is 413 naming the limit; one within it is read', async () => {
    const over = await sendRaw(baseUrl, { method: 'POST', path: '/api/handouts/pdf', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ group: 'senior', personal: { note: 'x'.repeat(MAX_JSON_BODY_BYTES) } }) })
    expect(over.status).toBe(413)
    expect(JSON.parse(over.text)).toEqual({ errors: [{ field: '(body)', message: `expected at most ${MAX_JSON_BODY_BYTES} bytes` }] })
    const within = await sendRaw(baseUrl, { method: 'POST', path: '/api/handouts/pages', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ group: 'senior' }) })
    expect(within.status).toBe(200)
  })

  it('a template version that is a filter ({"gte":0}) or too large (1e308) is a field error from the real action; the template is unchanged', async () => {
    const db = createPrismaClient(databaseUrl)
    try {
      const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.clinician.email }, select: { id: true, clinicId: true, role: true } })
      const topics = topicLibrary()
      const input = parseTemplateInput({ ...NIGHT_CRAMPS, name: 'Version check' }, topics)
      const { sectionVersions } = currentSectionVersions({ ...input.request, defaultNote: input.defaultNote, followUpDays: input.followUpDays }, topics, '2025-03-10')
      const template = await createTemplate(db, user, input, sectionVersions)
      // Someone else saved: the stored version is 2, so an edit from version 1 must be refused.
      await db.template.update({ where: { id: template.id }, data: { version: 2, sectionVersions: {} } })
      const refresh = actions.get('refreshTemplate')!
      const edit = actions.get('saveTemplateEdit')!
      for (const [action, args] of [
        [refresh, [template.id, { gte: 0 }]],
        [refresh, [template.id, 1e308]],
        [edit, [template.id, { gte: 0 }, NIGHT_CRAMPS]],
        [edit, [template.id, 1e308, NIGHT_CRAMPS]],
      ] as const) {
        const answer = await sendRaw(baseUrl, { method: 'POST', path: action.page.replace('/x', `/${template.id}`), headers: { ...actionHeaders(action), cookie }, body: JSON.stringify(args) })
        expect(answer.status, JSON.stringify(args)).toBe(200)
        expect(answer.text).toContain('"field":"expectedVersion"')
        expect(answer.text).not.toContain('"ok":true')
      }
      expect(await db.template.findUniqueOrThrow({ where: { id: template.id } })).toMatchObject({ version: 2, sectionVersions: {}, name: 'Version check' })
    } finally {
      await db.$disconnect()
    }
  })
})
