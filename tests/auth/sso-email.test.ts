import { describe, expect, it } from 'vitest'
import { isSsoEmailVerified } from '@/lib/auth/sso-email'
import { parseEnv } from '@/lib/env'

describe('trusting the email that single sign-on sends', () => {
  it('by default, only when the provider marks it verified', () => {
    expect(isSsoEmailVerified({ email_verified: true }, 'required')).toBe(true)
    expect(isSsoEmailVerified({ email_verified: 'true' }, 'required')).toBe(true)
    for (const profile of [{ email_verified: false }, { email_verified: 'false' }, {}, { email_verified: 'yes' }, undefined]) {
      expect(isSsoEmailVerified(profile, 'required'), JSON.stringify(profile)).toBe(false)
    }
  })

  it('with when-given, also when the provider never says, but never when it says no', () => {
    expect(isSsoEmailVerified({}, 'when-given')).toBe(true)
    expect(isSsoEmailVerified({ email_verified: true }, 'when-given')).toBe(true)
    expect(isSsoEmailVerified({ email_verified: false }, 'when-given')).toBe(false)
    expect(isSsoEmailVerified({ email_verified: 'false' }, 'when-given')).toBe(false)
  })

  it('reads the policy from OIDC_EMAIL_VERIFIED, required unless set', () => {
    expect(parseEnv({}).OIDC_EMAIL_VERIFIED).toBe('required')
    expect(parseEnv({ OIDC_EMAIL_VERIFIED: 'when-given' }).OIDC_EMAIL_VERIFIED).toBe('when-given')
    expect(() => parseEnv({ OIDC_EMAIL_VERIFIED: 'never' })).toThrow(/OIDC_EMAIL_VERIFIED/)
  })
})
