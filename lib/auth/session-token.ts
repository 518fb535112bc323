import 'server-only'
import crypto from 'node:crypto'
import { EncryptJWT, jwtDecrypt } from 'jose'
import type { JWTDecodeParams, JWTEncodeParams, JWTOptions } from 'next-auth/jwt'
import { oncePerKey } from '../once-per-key'

/**
 * next-auth's session token, byte for byte its own format (an A256GCM JWE under a key derived
 * from the secret), with the key derived once per secret rather than on every request: each
 * signed-in request decodes the token and writes it again, and the two derivations were the
 * largest single cost of a cached PDF on the server's main thread.
 */
const encryptionKey = oncePerKey((saltAndSecret: string) => {
  const [salt, secret] = JSON.parse(saltAndSecret) as [string, string]
  const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`
  return new Uint8Array(crypto.hkdfSync('sha256', Buffer.from(secret, 'base64'), salt, info, 32))
})

const keyFor = (secret: JWTEncodeParams['secret'], salt = '') => encryptionKey(JSON.stringify([salt, Buffer.from(secret).toString('base64')]))

const DEFAULT_MAX_AGE_SECONDS = 30 * 24 * 60 * 60

export const sessionToken: Pick<JWTOptions, 'encode' | 'decode'> = {
  async encode({ token = {}, secret, maxAge = DEFAULT_MAX_AGE_SECONDS, salt }: JWTEncodeParams) {
    const expires = Math.floor(Date.now() / 1000) + maxAge
    return new EncryptJWT(token).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().setExpirationTime(expires).setJti(crypto.randomUUID()).encrypt(keyFor(secret, salt))
  },
  async decode({ token, secret, salt }: JWTDecodeParams) {
    if (!token) return null
    const { payload } = await jwtDecrypt(token, keyFor(secret, salt), { clockTolerance: 15 })
    return payload
  },
}
