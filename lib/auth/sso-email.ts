import 'server-only'
import type { TEnv } from '../env'

/**
 * Whether the provider vouches for the email it sent: an address it has not verified could
 * be anyone's, and the email decides which clinic a person joins. Providers that never send
 * `email_verified` (some enterprise directories, whose addresses are issued, not chosen) can
 * be trusted with OIDC_EMAIL_VERIFIED=when-given.
 */
export function isSsoEmailVerified(profile: unknown, policy: TEnv['OIDC_EMAIL_VERIFIED']): boolean {
  const claim = (profile as { email_verified?: unknown } | undefined)?.email_verified
  // Some providers send the claim as a string.
  const verified = claim === true || claim === 'true' ? true : claim === false || claim === 'false' ? false : undefined
  return policy === 'required' ? verified === true : verified !== false
}
