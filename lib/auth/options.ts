import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { db } from '../db'
import { log } from '../log'
import { env, isSsoEnabled } from '../env'
import { safeRedirectPath } from '../http/same-origin-path'
import { joinClinicBySso } from '../data/join-clinic-by-sso'
import { sessionToken } from './session-token'
import { isSsoEmailVerified } from './sso-email'
import { oneAttemptAtATime, recordSignInFailure, recordSignInSuccess, signInWaitMs } from './sign-in-throttle'
import { verifyCredentials } from './verify-credentials'

/**
 * The client's address for per-address limits: the last x-forwarded-for entry, the one the
 * nearest proxy (or Next itself) added. Earlier entries are whatever the client claimed.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for']
  const last = (Array.isArray(forwarded) ? forwarded.at(-1) : forwarded)?.toString().split(',').at(-1)?.trim()
  return last || String(headers?.['x-real-ip'] ?? 'unknown')
}

/** A password sign-in: refused while throttled, counted when wrong, clears the count when right. */
async function signInWithPassword(source: { email: string; address: string }, credentials: unknown) {
  const wait = await signInWaitMs(db, source)
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
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60 // one working day

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

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: sessionToken,
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const source = { email: typeof credentials?.email === 'string' ? credentials.email.trim().toLowerCase() : '', address: clientAddress(request.headers) }
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
      // On sign-in only: the user id becomes ours (for SSO, the account it joined), then clinic and role.
      if (user) {
        const account = await db.user.findUnique({ where: { id: user.id } })
        if (account) Object.assign(token, { userId: account.id, clinicId: account.clinicId, role: account.role, name: account.name, email: account.email, signedInAt: Date.now() })
      }
      return token
    },
    session({ session, token }) {
      if (token.userId && token.clinicId && token.role) {
        session.user = { ...session.user, id: token.userId, clinicId: token.clinicId, role: token.role, signedInAt: token.signedInAt ?? 0 }
      }
      return session
    },
  },
}
