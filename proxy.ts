import { getToken } from 'next-auth/jwt'
import { NextResponse, type NextRequest } from 'next/server'
import { sessionToken } from './lib/auth/session-token'
import { authSecret, env } from './lib/env'
import { MAX_ACTION_BODY_BYTES } from './lib/http/body-limits.mjs'
import { contentSecurityPolicy } from './lib/http/content-security-policy'
import { isCrossSiteRequest } from './lib/http/same-origin'
import { BodyTooLargeError, readRequestBytes } from './lib/http/read-limited-body'
import { securityHeaders } from './lib/http/security-headers.mjs'
import { serverActionBodyProblem } from './lib/http/server-action-body'

const PROTECTED = ['/handouts', '/library', '/templates', '/admin', '/account', '/history']
const SECURITY_HEADERS = securityHeaders(env.NODE_ENV === 'production')

/** Each segment of the path decodes (Next answers a malformed %-escape in a dynamic segment with a bare 500). */
function hasMalformedPath(pathname: string): boolean {
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment)
    return false
  } catch {
    return true
  }
}

/** Our own refusal: a short page (or JSON under /api/) saying what was wrong, with the security headers. */
function refuse(pathname: string, status: number, message: string): Response {
  const isApi = pathname.startsWith('/api/')
  const body = isApi
    ? JSON.stringify({ error: message })
    : `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status}</title><h1>${status === 413 ? 'Too large' : status === 403 ? 'Refused' : 'Bad request'}</h1><p>${message}</p></html>`
  const headers = new Headers({ 'Content-Type': isApi ? 'application/json' : 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'", 'Cache-Control': 'no-store' })
  for (const { key, value } of SECURITY_HEADERS) headers.set(key, value)
  return new Response(body, { status, headers })
}

/**
 * A server action's checks before Next runs it, each of which Next would answer with a 500: from
 * another site (403), a body past the limit, read as it streams (413), a body React cannot
 * decode (400). Next hands the proxy a copy of the body and keeps its own for the action.
 */
async function refusedAction(request: NextRequest, pathname: string): Promise<Response | undefined> {
  if (isCrossSiteRequest(request, env.NEXTAUTH_URL)) return refuse(pathname, 403, 'Requests from other sites are refused.')
  if (request.method !== 'POST') return undefined
  let body: Buffer
  try {
    body = await readRequestBytes(request, MAX_ACTION_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) return refuse(pathname, 413, error.message)
    throw error
  }
  const problem = await serverActionBodyProblem({ contentType: request.headers.get('content-type') ?? '', isFetchAction: request.headers.has('next-action'), body })
  return problem ? refuse(pathname, 400, `This form's data could not be read: ${problem}.`) : undefined
}

/**
 * Before Next routes a request: a path that does not decode is a 400 and a server action is
 * checked (refusedAction); every page gets a fresh script nonce and its Content Security Policy;
 * signed-out visitors to clinic pages are sent to sign-in early. Never the only guard: every
 * layout, action and route handler checks the user itself. @see ../shared/style.md
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (hasMalformedPath(pathname)) return refuse(pathname, 400, 'The address has a malformed %-escape.')
  // API routes come here only for that check (config.matcher); they read and limit their own bodies.
  if (pathname.startsWith('/api/')) return NextResponse.next()
  if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
    const refusal = await refusedAction(request, pathname)
    if (refusal) return refusal
  }
  if (PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) {
    const token = await getToken({ req: request, secret: authSecret, decode: sessionToken.decode })
    if (!token) {
      const signIn = new URL('/sign-in', request.url)
      signIn.searchParams.set('callbackUrl', `${pathname}${search}`)
      return NextResponse.redirect(signIn)
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = contentSecurityPolicy(nonce, { isDevelopment: env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  matcher: [
    // Pages: not Next's static files, nor API routes (they return JSON or PDFs, not HTML, and
    // read their own bodies: the proxy would make Next copy each one).
    { source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' },
    // Any address with a %-escape, API routes and static files included, for the decoding check.
    { source: '/:path(.*%.*)' },
  ],
}
