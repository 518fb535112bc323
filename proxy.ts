import { getToken } from 'next-auth/jwt'
import { NextResponse, type NextRequest } from 'next/server'
import { sessionToken } from './lib/auth/session-token'
import { authSecret, env } from './lib/env'
import { contentSecurityPolicy } from './lib/http/content-security-policy'

const PROTECTED = ['/handouts', '/library', '/templates', '/admin', '/account', '/history']

/**
 * Every page gets a fresh script nonce and its Content Security Policy; signed-out visitors
 * to clinic pages are sent to sign-in early. Never the only guard: every layout, action and
 * route handler checks the user itself. @see ../shared/style.md
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
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
  // Pages only: not Next's static files, nor API routes (they return JSON or PDFs, not HTML).
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
}
