import type { Server } from 'node:http'
import Provider from 'oidc-provider'
import { freePort } from './free-port'

export const OIDC_CLIENT = { id: 'handout-builder', secret: 'test-only-client-secret-0123456789abcdef' }

/**
 * A real OpenID Connect provider on 127.0.0.1 for single sign-on tests. Its development
 * login screen accepts any login; we use the login as the email address.
 */
export async function startOidcProvider(appBaseUrl: string): Promise<{ issuer: string; stop: () => Promise<void> }> {
  const port = await freePort()
  const issuer = `http://127.0.0.1:${port}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`${appBaseUrl}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // Proves that the app sends PKCE: the provider refuses an authorization request without it.
    pkce: { required: () => true },
    // next-auth reads email and name from the ID token.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_context, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, name: `SSO ${id.split('@')[0]}` }),
    }),
    cookies: { keys: ['test-only-cookie-key-0123456789'] },
  })
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, '127.0.0.1', () => resolve(listening))
  })
  return { issuer, stop: () => new Promise((resolve) => server.close(() => resolve())) }
}
