import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { isPostgresqlUrl } from './database/provider'
import { ZDatabaseUrl } from './database-env'
import { parseVariables } from './parse-variables'
import { ensureSqliteFolder } from './sqlite-file'

const ZOptionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

const ONE_DAY_SECONDS = 24 * 60 * 60

/** A duration in whole seconds, from 1 s (tests make sessions short) to 30 days. */
const ZSeconds = z.coerce
  .number({ error: 'must be a number of seconds' })
  .int('must be a whole number of seconds')
  .min(1, 'must be at least 1 second')
  .max(30 * ONE_DAY_SECONDS, 'must be at most 2592000 seconds (30 days)')

const ZWebLinkKey = z.string().min(32, 'each key must be at least 32 characters')

/**
 * The only reader of process.env. Parsed once at import, so a bad variable stops the
 * process at start-up with its name in the message instead of failing on first use.
 */
const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: ZDatabaseUrl,
    // Unset: http://localhost:<PORT>, so setting only PORT moves the QR codes and sign-in links with it.
    NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: 'must be the http(s) origin the app is served on' }).optional(),
    NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
    WEB_LINK_KEYS: z
      .string()
      .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean))
      .pipe(z.tuple([ZWebLinkKey], ZWebLinkKey, { error: 'must list at least one key, comma-separated' }))
      .optional(),
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be the http(s) URL of the OpenID Connect issuer' }).optional(),
    OIDC_CLIENT_ID: ZOptionalText,
    OIDC_CLIENT_SECRET: ZOptionalText,
    OIDC_EMAIL_VERIFIED: z.enum(['required', 'when-given']).default('required'),
    OIDC_NAME: z.string().trim().min(1).max(40).default('single sign-on'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    PDF_RENDER_MODE: z.enum(['fast', 'lean']).default('fast'),
    // The port `next start` listens on, on all interfaces.
    PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole number').min(1, 'must be from 1 to 65535').max(65535, 'must be from 1 to 65535').default(3000),
    // How many proxies in front of the app append to X-Forwarded-For; 0: clients connect directly. @see lib/auth/client-address.ts
    TRUST_PROXY_HOPS: z.coerce
      .number({ error: 'must be a number of proxies, 0 when clients connect directly' })
      .int('must be a whole number')
      .min(0, 'must be from 0 to 10')
      .max(10, 'must be from 0 to 10')
      .default(0),
    // A session ends this long after sign-in whatever happens, or after this long without a request.
    SESSION_MAX_AGE_SECONDS: ZSeconds.default(8 * 60 * 60),
    SESSION_IDLE_SECONDS: ZSeconds.default(30 * 60),
  })
  .superRefine((value, context) => {
    // A secret generated on one machine would differ on the next: sessions and QR links would break between servers.
    if (isPostgresqlUrl(value.DATABASE_URL) && !value.NEXTAUTH_SECRET) {
      context.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: 'must be set with PostgreSQL: every app server needs the same secret' })
    }
    if (value.SESSION_IDLE_SECONDS > value.SESSION_MAX_AGE_SECONDS) {
      context.addIssue({ code: 'custom', path: ['SESSION_IDLE_SECONDS'], message: `must not exceed SESSION_MAX_AGE_SECONDS (${value.SESSION_MAX_AGE_SECONDS})` })
    }
    if (value.NEXTAUTH_URL && isLocalOnOtherPort(new URL(value.NEXTAUTH_URL), value.PORT)) {
      context.addIssue({ code: 'custom', path: ['NEXTAUTH_URL'], message: `is ${value.NEXTAUTH_URL}, but the app listens on PORT ${value.PORT}: QR codes and sign-in would point to the wrong port. Set NEXTAUTH_URL=http://localhost:${value.PORT}, or leave it unset` })
    }
    const sso = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET]
    if (sso.some(Boolean) && !sso.every(Boolean)) {
      for (const key of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
        if (!value[key]) context.addIssue({ code: 'custom', path: [key], message: 'must be set: single sign-on needs issuer, client id and secret together' })
      }
    }
  })
  .transform(({ NEXTAUTH_URL, ...value }) => ({ ...value, NEXTAUTH_URL: NEXTAUTH_URL ?? `http://localhost:${value.PORT}` }))

/** A public address on this machine (a proxy in front would have its own name) whose port is not the one the app listens on. */
function isLocalOnOtherPort(url: URL, port: number): boolean {
  const isLocal = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  return isLocal && Number(url.port || (url.protocol === 'https:' ? 443 : 80)) !== port
}

export type TEnv = z.infer<typeof ZEnv>

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  return parseVariables(ZEnv, source)
}

/**
 * Without NEXTAUTH_SECRET, one machine keeps a random secret beside its database so that
 * `npm start` works with no setup and sessions survive restarts. Several servers must share
 * one secret, so they set the variable.
 */
function localAuthSecret(databaseUrl: string): string {
  const folder = databaseUrl.startsWith('file:') ? path.dirname(path.resolve(databaseUrl.slice('file:'.length))) : path.resolve('data')
  const file = path.join(folder, '.auth-secret')
  ensureSqliteFolder(`file:${file}`)
  try {
    writeFileSync(/*turbopackIgnore: true*/ file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim()
}

export const env = parseEnv(process.env)
export const authSecret = env.NEXTAUTH_SECRET ?? localAuthSecret(env.DATABASE_URL)
export const sessionLimits = { maxAgeMs: env.SESSION_MAX_AGE_SECONDS * 1000, idleMs: env.SESSION_IDLE_SECONDS * 1000 }
export const isSsoEnabled = Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET)

// next-auth reads these two from process.env itself; hand it the validated values.
process.env.NEXTAUTH_URL = env.NEXTAUTH_URL
process.env.NEXTAUTH_SECRET = authSecret

/**
 * Where the QR code on a handout points, and the keys that seal its address. Printed codes
 * live for years: WEB_LINK_KEYS lets NEXTAUTH_SECRET rotate (list the old secret) and lets
 * the link key itself rotate (new key first, old ones after).
 */
export const webLink: { baseUrl: string; keys: readonly [string, ...string[]] } = { baseUrl: env.NEXTAUTH_URL, keys: env.WEB_LINK_KEYS ?? [authSecret] }
