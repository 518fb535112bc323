import NextAuth from 'next-auth'
import { NextRequest } from 'next/server'
import { authOptions } from '@/lib/auth/options'
import { env } from '@/lib/env'
import { badRequest, MAX_JSON_BODY_BYTES } from '@/lib/http/handout-responses'
import { BodyTooLargeError, bodyTooLarge, readRequestText } from '@/lib/http/read-limited-body'

const handler = NextAuth(authOptions)

type TContext = { params: Promise<{ nextauth: string[] }> }

const CALLBACK_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url']

/** As next-auth reads a callback address (core/lib/assert.ts): one it cannot read it answers with a 500. */
function isReadableCallbackUrl(value: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith('/') ? env.NEXTAUTH_URL : undefined).protocol)
  } catch {
    return false
  }
}

/**
 * The request with its body read within the JSON limit (next-auth reads a body whole, however
 * long), or the answer to a body past it (413) or JSON that does not parse (400).
 */
async function withLimitedBody(request: NextRequest): Promise<NextRequest | Response> {
  let text: string
  try {
    text = await readRequestText(request, MAX_JSON_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) return bodyTooLarge(error)
    throw error
  }
  if (request.headers.get('content-type')?.includes('application/json')) {
    try {
      JSON.parse(text)
    } catch {
      return badRequest('(body)', 'expected a JSON object')
    }
  }
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: text })
}

/**
 * next-auth, with the bad input it answers with a 500 refused first (issue 20, item 8): a
 * callbackUrl, in the query or its cookie, that is no URL (`?callbackUrl=-1`), a GET of the
 * password form's callback, which only takes a POST, and a body past 16 KB (issue 20, item 3).
 */
async function authRoute(request: NextRequest, context: TContext) {
  const [action, provider] = (await context.params).nextauth
  if (request.method === 'GET' && action === 'callback' && provider === 'credentials') {
    return Response.json({ error: 'Sign in with the form: this address takes only POST.' }, { status: 405, headers: { Allow: 'POST' } })
  }
  const query = request.nextUrl.searchParams.get('callbackUrl')
  if (query && !isReadableCallbackUrl(query)) return Response.json({ errors: [{ field: 'callbackUrl', message: 'expected a path in this app' }] }, { status: 400 })
  const badCookie = CALLBACK_COOKIES.find((name) => {
    const value = request.cookies.get(name)?.value
    return value && !isReadableCallbackUrl(value)
  })
  if (badCookie) {
    // Cleared, so the next attempt works: the browser holds it, not the person.
    return Response.json({ errors: [{ field: 'callbackUrl', message: 'expected a path in this app; sign in again' }] }, { status: 400, headers: { 'Set-Cookie': `${badCookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` } })
  }
  if (request.method !== 'POST') return handler(request, context)
  const limited = await withLimitedBody(request)
  return limited instanceof Response ? limited : handler(limited, context)
}

export { authRoute as GET, authRoute as POST }
