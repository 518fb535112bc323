import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getCurrentUser } from '@/lib/auth/current-user'
import { SSO_PROVIDER_ID } from '@/lib/auth/options'
import { env, isSsoEnabled } from '@/lib/env'
import { safeRedirectPath } from '@/lib/auth/same-origin-path'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

const ERRORS: Record<string, string> = {
  'no-clinic': 'Your organisation is not set up here. Ask your clinic admin to add your email domain, or sign in with a password.',
  disabled: 'This account has been disabled. Ask your clinic admin.',
  'no-email': 'Single sign-on did not give us your email address, so we cannot match you to a clinic.',
  'unverified-email': 'Your single sign-on provider has not confirmed your email address, so we cannot match you to a clinic. Ask your IT team to confirm it.',
  CredentialsSignin: 'Email or password is wrong.',
  AccessDenied: 'Your organisation is not set up here. Ask your clinic admin.',
}

const NOTICES: Record<string, string> = {
  'password-changed': 'Password changed. Sign in with your new password.',
  'signed-out-everywhere': 'You are signed out everywhere: every session of yours has ended.',
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  // Only paths inside this app: never send someone to another site after sign-in.
  const callbackUrl = safeRedirectPath(params.callbackUrl, env.NEXTAUTH_URL)
  if (await getCurrentUser({ allowPendingPassword: true })) redirect(callbackUrl)
  // Own keys only: `?error=toString` must not find Object.prototype's function.
  const error = typeof params.error === 'string' ? ((Object.hasOwn(ERRORS, params.error) ? ERRORS[params.error] : undefined) ?? (params.error.startsWith('Too many') ? 'Too many sign-in attempts. Try again in a few minutes.' : 'Sign-in did not work. Please try again.')) : undefined
  const notice = typeof params.notice === 'string' && Object.hasOwn(NOTICES, params.notice) ? NOTICES[params.notice] : undefined
  return (
    <>
      <h1>Sign in</h1>
      <p className="lead">For clinicians of a clinic using Handout Builder.</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} initialError={error} sso={isSsoEnabled ? { id: SSO_PROVIDER_ID, name: env.OIDC_NAME } : undefined} />
    </>
  )
}
