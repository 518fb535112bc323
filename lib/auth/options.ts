import 'server-only'
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { db } from '../db'
import { log } from '../log'
import { env, isSsoEnabled, sessionLimits } from '../env'
import { stampedClientAddress } from './client-address'
import { safeRedirectPath } from './same-origin-path'
import { joinClinicBySso } from '../data/join-clinic-by-sso'
import { sessionToken } from './session-token'
import { endSession, findLiveSession, sessionExpiresAt, startSession } from '../data/user-sessions'
import { isSsoEmailVerified } from './sso-email'
import { isOnTrustedPath, oneAttemptAtATime, recordSignInFailure, recordSignInSuccess, signInWaitMs } from '../data/sign-in-throttle'
import { verifyCredentials } from './verify-credentials'

/** A password sign-in: refused while throttled, counted when wrong, clears the count when right. */
async function signInWithPassword(source: { email: string; address: string }, credentials: unknown) {
  // An account a stranger keeps locked still takes the one-time password its admin issued.
  const wait = await signInWaitMs(db, source, new Date(), { isTrustedPath: await isOnTrustedPath(db, source) })
  // Said plainly, since the person may be the account's owner; no hint whether the password was right.
  if (wait > 0) {
    log.warn({ event: 'sign-in.throttled', address: source.address, waitMs: wait }, 'sign-in throttled')
    throw new Error(`Too many sign-in attempts. Try again in ${Math.ceil(wait / 60_000)} minute(s).`)
  }
  const user = await verifyCredentials(db, credentials)
  if (!user) {
    const { isLocked } = await recordSignInFailure(db, source)
    log.warn({ event: isLocked ? 'sign-in.locked' : 'sign-in.failed', address: source.address }, isLocked ? 'account locked after repeated failures' : 'sign-in failed')
    return null
  }
  await recordSignInSuccess(db, source)
  return { id: user.id, email: user.email, name: user.name, clinicId: user.clinicId, role: user.role }
}

export const SSO_PROVIDER_ID = 'oidc'

/** Thrown from the jwt callback when /api/auth/session is asked about an ended session: next-auth then clears the cookie. */
const SESSION_ENDED = 'session ended'

const ssoProvider = isSsoEnabled
  ? [
      {
        id: SSO_PROVIDER_ID,
        name: env.OIDC_NAME,
        type: 'oauth' as const,
        wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, '')}/.well-known/openid-configuration`,
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        authorization: { params: { scope: 'openid email profile' } },
        idToken: true,
        checks: ['pkce' as const, 'state' as const],
        profile: (profile: { sub: string; email?: string; name?: string }) => ({ id: profile.sub, email: profile.email, name: profile.name }),
      },
    ]
  : []

/** X-Forwarded-For from next-auth's copy of the request headers (a plain object). */
export const authOptions: NextAuthOptions = {
  // The cookie's own expiry; the session's row decides when it really ends (user-sessions.ts).
  session: { strategy: 'jwt', maxAge: env.SESSION_MAX_AGE_SECONDS },
  jwt: sessionToken,
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const source = { email: typeof credentials?.email === 'string' ? credentials.email.trim().toLowerCase() : '', address: stampedClientAddress(request.headers) }
        return oneAttemptAtATime(db, source.email, () => signInWithPassword(source, credentials))
      },
    }),
    ...ssoProvider,
  ],
  callbacks: {
    // After sign-in or sign-out: a path on this site only, however the callbackUrl is encoded.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, baseUrl)}`
    },
    async signIn({ account, profile, user }) {
      if (account?.provider !== SSO_PROVIDER_ID) return true
      if (!isSsoEmailVerified(profile, env.OIDC_EMAIL_VERIFIED)) return '/sign-in?error=unverified-email'
      const result = await joinClinicBySso(db, { email: profile?.email ?? user.email, name: profile?.name ?? user.name })
      if (!result.ok) return `/sign-in?error=${result.reason}`
      user.id = result.userId
      return true
    },
    async jwt({ token, user }) {
      // On sign-in: the user id becomes ours (for SSO, the account it joined), then clinic and role, and the session's row.
      if (user) {
        const account = await db.user.findUnique({ where: { id: user.id } })
        if (!account) throw new Error('No such account')
        const session = await startSession(db, { userId: account.id, clinicId: account.clinicId }, sessionLimits)
        Object.assign(token, { userId: account.id, clinicId: account.clinicId, role: account.role, name: account.name, email: account.email, sessionId: session.id, signedInAt: session.createdAt.getTime() })
        return token
      }
      // Otherwise /api/auth/session is refreshing the cookie: only for a live session, and reading it is not the user's activity.
      const key = token.sessionId && token.userId && token.clinicId ? { sessionId: token.sessionId, userId: token.userId, clinicId: token.clinicId } : null
      if (!key || !(await findLiveSession(db, key, sessionLimits, { isActivity: false }))) throw new Error(SESSION_ENDED)
      return token
    },
    session({ session, token }) {
      if (token.userId && token.clinicId && token.role) {
        session.user = { ...session.user, id: token.userId, clinicId: token.clinicId, role: token.role, signedInAt: token.signedInAt ?? 0 }
      }
      // The absolute end, not next-auth's "now plus the maximum age", which each refresh would push back.
      return { ...session, expires: sessionExpiresAt({ createdAt: new Date(token.signedInAt ?? 0) }, sessionLimits).toISOString() }
    },
  },
  events: {
    // Sign-out ends the session on the server too, so a copy of the cookie stops working at once.
    async signOut({ token }) {
      if (token?.sessionId && token.userId && token.clinicId) await endSession(db, { sessionId: token.sessionId, userId: token.userId, clinicId: token.clinicId })
    },
  },
  logger: {
    error(code, metadata) {
      const error = metadata instanceof Error ? { name: metadata.name, message: metadata.message } : metadata
      // An ended session asked about is routine, not a fault.
      if (code === 'JWT_SESSION_ERROR' && (error as { message?: unknown } | undefined)?.message === SESSION_ENDED) return log.info({ event: 'session.ended' }, 'session refused: ended')
      log.error({ event: 'next-auth.error', code, error }, `next-auth: ${code}`)
    },
  },
}
