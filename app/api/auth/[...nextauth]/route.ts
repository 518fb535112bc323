import NextAuth from 'next-auth'
import type { NextRequest } from 'next/server'
import { authOptions } from '@/lib/auth/options'
import { env } from '@/lib/env'

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
 * next-auth, with the bad input it answers with a 500 refused first (issue 20, item 8): a
 * callbackUrl, in the query or its cookie, that is no URL (`?callbackUrl=-1`), and a GET of the
 * password form's callback, which only takes a POST.
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
  return handler(request, context)
}

export { authRoute as GET, authRoute as POST }
