import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPrismaClient } from '@/lib/db'
import { DEMO_ACCOUNTS } from '@/lib/data/seed-demo-data'
import { sendRaw, signInOverHttp, type TRawAnswer } from '../support/raw-request'
import { builtServerActions } from '../support/server-actions'

const baseUrl = inject('baseUrl')
const databaseUrl = inject('databaseUrl')
const host = new URL(baseUrl).host

/** Every page and route of the app; `:x` is a dynamic segment, filled with odd text. */
const PAGES = ['/', '/sign-in', '/handouts/new', '/templates', '/templates/:x', '/library', '/library/:x/:x', '/history', '/admin', '/admin/usage', '/account', '/account/password', '/h/:x']
const API_ROUTES = ['/api/handouts/pdf', '/api/handouts/pages', '/api/templates/:x/pdf', '/api/auth/csrf', '/api/auth/session', '/api/auth/providers', '/api/auth/signin', '/api/auth/signout', '/api/auth/callback/credentials', '/api/auth/:x']
const QUERY_KEYS = ['q', 'group', 'error', 'notice', 'callbackUrl', 'template', 'text', 'page', 'topic', 'id', '__proto__', 'constructor']

const oddText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', '%', '%E0%A4%A', '%ZZ', '%00', '%ED%A0%80', '%C0%AF', '..', '../../etc/passwd', '%2e%2e%2f', 'toString', '__proto__', 'constructor', 'leg-cramps', 'senior', '🦵', '\u0000', 'x'.repeat(3000), '1e308', '-1', '{"gte":0}'),
)
/** Text as it may appear raw in a request line: %-escapes kept as they are (malformed ones too), anything else a client must escape escaped. */
const raw = (text: string) => text.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@%]/gu, (char) => encodeURIComponent(char))
const paths = fc.tuple(fc.constantFrom(...PAGES, ...API_ROUTES), fc.array(oddText, { minLength: 3, maxLength: 3 })).map(([route, fills]) => route.replace(/:x/g, () => raw(fills.pop() ?? 'x')))
const queries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), oddText), oddText), { maxLength: 4 }).map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([key, value]) => `${raw(key).replace(/[&=]/g, '')}=${raw(value)}`).join('&')}`))

const oddValue = fc.oneof(oddText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(oddText, { maxLength: 3 }), fc.constant({ gte: 0 }), fc.constant(1e308))
const handoutRequests = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ group: fc.oneof(fc.constant('senior'), oddValue), causes: oddValue, options: fc.oneof(fc.record({ language: oddValue, largePrint: oddValue, length: oddValue }, { requiredKeys: [] }), oddValue), personal: oddValue, admin: oddValue }, { requiredKeys: [] }),
)
const textBodies = fc.oneof(
  handoutRequests.map((value) => JSON.stringify(value)),
  fc.constantFrom('{', 'null', '[]', '"text"', '[{"$":1}]', '["$Q1"]', '["$@1"]', '["$1"]', '["$nabc"]', '["$K1"]', '["$D"]', '["$h1"]', '["$T"]', 'x'.repeat(20_000)),
  fc.string({ maxLength: 200 }),
)
const multipartBodies = fc.tuple(fc.dictionary(fc.constantFrom('0', '1', '1_logo', '$ACTION_ID_x', '$ACTION_REF_1', '$ACTION_1:0', '$ACTION_1:1', 'remove', 'name', 'email', 'role', 'userId', 'intent'), textBodies, { maxKeys: 4 }), fc.boolean()).map(([fields, broken]) => {
  const boundary = 'fuzzboundary'
  const body = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('') + (broken ? '' : `--${boundary}--\r\n`)
  return { contentType: `multipart/form-data; boundary=${boundary}`, body }
})

type TCounts = { sent: number; '2xx': number; '3xx': number; '4xx': number; '5xx': number; withoutSecurityHeaders: number; acceptedPdfs: number; acceptedWrites: number }

async function tableCounts() {
  const db = createPrismaClient(databaseUrl)
  try {
    return { clinics: await db.clinic.count(), users: await db.user.count(), templates: await db.template.count(), handouts: await db.handoutLog.count() }
  } finally {
    await db.$disconnect()
  }
}

describe('random and malformed requests to every route and server action of the running app (issue 20, item 8)', () => {
  const actions = builtServerActions()
  const counts: TCounts = { sent: 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, withoutSecurityHeaders: 0, acceptedPdfs: 0, acceptedWrites: 0 }
  const fiveHundreds: string[] = []
  const withoutHeaders: string[] = []
  let clinicianCookie: string
  let adminCookie: string
  let before: Awaited<ReturnType<typeof tableCounts>>

  beforeAll(async () => {
    clinicianCookie = await signInOverHttp(baseUrl)
    adminCookie = await signInOverHttp(baseUrl, DEMO_ACCOUNTS.admin)
    before = await tableCounts()
  })

  /** Sends one request and counts its answer; a 5xx is noted with what caused it. */
  async function send(what: Parameters<typeof sendRaw>[1]): Promise<TRawAnswer> {
    const answer = await sendRaw(baseUrl, what)
    counts.sent += 1
    const statusClass = `${Math.floor(answer.status / 100)}xx` as '2xx' | '3xx' | '4xx' | '5xx'
    counts[statusClass] += 1
    // Next's own 308 that tidies a path (`//`, a trailing slash) is sent before any config or proxy runs (README, security).
    const isNextPathRedirect = answer.status === 308 && typeof answer.headers.location === 'string'
    if (!isNextPathRedirect && (answer.headers['x-content-type-options'] !== 'nosniff' || answer.headers['x-frame-options'] !== 'DENY')) {
      counts.withoutSecurityHeaders += 1
      withoutHeaders.push(`${answer.status} ${what.method ?? 'GET'} ${what.path}`)
    }
    if (answer.status >= 500) fiveHundreds.push(`${answer.status} ${what.method ?? 'GET'} ${what.path} ${JSON.stringify(what.headers).slice(0, 200)} ${String(what.body ?? '').slice(0, 200)}`)
    return answer
  }

  const cookies = fc.constantFrom<() => string | undefined>(() => clinicianCookie, () => adminCookie, () => undefined, () => 'next-auth.session-token=garbage; next-auth.csrf-token=%E0%A4%A')
  const headerSets = fc.record(
    {
      origin: fc.constantFrom(baseUrl, 'http://evil.example', 'null', 'not a url', ''),
      'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none'),
      'x-forwarded-host': fc.constantFrom(host, 'evil.example', ''),
      'x-forwarded-for': fc.constantFrom('1.2.3.4', 'not-an-ip', '1.1.1.1, 2.2.2.2'),
      accept: fc.constantFrom('text/html', 'application/json', 'text/x-component', '*/*', '%%%'),
      'accept-language': fc.constantFrom('es', 'zz', '*;q=abc'),
      'content-type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'garbage/../x'),
      range: fc.constantFrom('bytes=0-1', 'bytes=abc'),
      'if-none-match': fc.constantFrom('"x"', '*'),
    },
    { requiredKeys: [] },
  ).map((headers) => Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== '')) as Record<string, string>)

  it('pages and routes: odd paths, query strings, methods, headers and bodies give no 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(paths, queries, fc.constantFrom('GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'), headerSets, cookies, fc.option(textBodies, { nil: undefined }), async (path, query, method, headers, cookie, body) => {
        const sendsBody = method !== 'GET' && method !== 'HEAD'
        const answer = await send({ method, path: `${path}${query}`, headers: { ...headers, ...(cookie() ? { cookie: cookie()! } : {}) }, body: sendsBody ? body : undefined })
        if (answer.status === 200 && method === 'POST' && path === '/api/handouts/pdf') counts.acceptedPdfs += 1
      }),
      { numRuns: 400, seed: 20_2026 },
    )
    expect(fiveHundreds).toEqual([])
  }, 300_000)

  it('JSON routes: random and malformed handout requests, sent byte for byte (not re-encoded), give field errors, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(textBodies, fc.constantFrom('/api/handouts/pdf', '/api/handouts/pages', '/api/templates/no-such-template/pdf', '/api/handouts/pdf?template=../x', '/api/handouts/pdf?template=%E0'), async (body, path) => {
        const answer = await send({ method: 'POST', path, headers: { 'content-type': 'application/json', cookie: clinicianCookie }, body: Buffer.from(body) })
        if (answer.status === 200) {
          if (path.startsWith('/api/handouts/pdf')) counts.acceptedPdfs += 1
          return
        }
        expect(answer.status, body.slice(0, 200)).toBeGreaterThanOrEqual(400)
        const parsed = JSON.parse(answer.text) as { errors?: { field: string; message: string }[]; error?: string }
        expect(parsed.errors?.length || parsed.error).toBeTruthy()
      }),
      { numRuns: 150, seed: 20_2026 },
    )
    expect(fiveHundreds).toEqual([])
  }, 300_000)

  it('server actions: every action with random arguments, malformed and multipart bodies, foreign origins and no session gives no 5xx', async () => {
    const actionArguments = fc.array(fc.oneof(oddValue, handoutRequests, fc.constant('no-such-template')), { maxLength: 4 }).map((args) => JSON.stringify(args))
    const bodies = fc.oneof(
      actionArguments.map((body) => ({ contentType: 'text/plain;charset=UTF-8', body })),
      textBodies.map((body) => ({ contentType: 'text/plain;charset=UTF-8', body })),
      multipartBodies,
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), bodies, fc.constantFrom(undefined, baseUrl, 'http://evil.example', 'null'), cookies, fc.boolean(), fc.constantFrom('x', '%', 'no-such-template'), async (action, { contentType, body }, origin, cookie, isFetch, segment) => {
        // Signing out everywhere with a real session would end the sessions the rest of the run uses.
        const session = action.name === 'signOutEverywhere' ? undefined : cookie()
        const headers: Record<string, string> = { 'content-type': contentType, accept: 'text/x-component', ...(isFetch ? { 'next-action': action.id } : {}), ...(origin ? { origin } : {}), ...(session ? { cookie: session } : {}) }
        const answer = await send({ method: 'POST', path: action.page.replace('/x', `/${segment}`), headers, body })
        if (answer.status === 200 && (answer.text.includes('"ok":true') || answer.text.includes('"status":"success"'))) counts.acceptedWrites += 1
      }),
      { numRuns: 400, seed: 20_2026 },
    )
    expect(fiveHundreds).toEqual([])
  }, 300_000)

  afterAll(async () => {
    const after = await tableCounts()
    // Quoted in the issue's note: how many requests, and how they were answered.
    console.log(`fuzz: ${counts.sent} requests; ${counts['2xx']} 2xx, ${counts['3xx']} 3xx, ${counts['4xx']} 4xx, ${counts['5xx']} 5xx; ${counts.withoutSecurityHeaders} without security headers; ${counts.acceptedPdfs} valid PDF requests and ${counts.acceptedWrites} accepted actions; rows before ${JSON.stringify(before)} after ${JSON.stringify(after)}`)
    if (withoutHeaders.length > 0) console.log(`without security headers, e.g.:\n${withoutHeaders.slice(0, 10).join('\n')}`)
    expect(counts['5xx']).toBe(0)
    expect(withoutHeaders).toEqual([])
    // Nothing written for a refused request: only valid PDFs add history, and no action the fuzz sends is accepted.
    expect(counts.acceptedWrites).toBe(0)
    expect(after).toEqual({ ...before, handouts: before.handouts + counts.acceptedPdfs })
  })
})
