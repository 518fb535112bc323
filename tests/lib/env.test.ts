import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'

describe('environment validation', () => {
  it('defaults to the embedded SQLite database', () => {
    expect(parseEnv({})).toMatchObject({ DATABASE_URL: 'file:./data/handout-builder.db', NODE_ENV: 'development' })
  })

  const SECRET = 'a-shared-secret-of-at-least-32-characters'

  it('accepts a PostgreSQL URL with the secret every server shares', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://app:secret@127.0.0.1:5432/handouts', NEXTAUTH_SECRET: SECRET }).DATABASE_URL).toMatch(/^postgresql:/)
  })

  it('refuses PostgreSQL without a shared secret or without a database name', () => {
    expect(() => parseEnv({ DATABASE_URL: 'postgresql://app@db.internal/handouts' })).toThrow(/NEXTAUTH_SECRET: must be set with PostgreSQL/)
    expect(() => parseEnv({ DATABASE_URL: 'postgresql://app@db.internal:5432', NEXTAUTH_SECRET: SECRET })).toThrow(/DATABASE_URL: a postgresql:\/\/ URL needs a database name/)
  })

  it('renders PDFs in fast mode unless lean is asked for', () => {
    expect(parseEnv({}).PDF_RENDER_MODE).toBe('fast')
    expect(parseEnv({ PDF_RENDER_MODE: 'lean' }).PDF_RENDER_MODE).toBe('lean')
    expect(() => parseEnv({ PDF_RENDER_MODE: 'turbo' })).toThrow(/PDF_RENDER_MODE: .*"fast"/)
  })

  it('serves on port 3000 unless PORT says otherwise, and refuses a port that cannot be', () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000 })
    expect(parseEnv({ PORT: '8080' })).toMatchObject({ PORT: 8080 })
    expect(() => parseEnv({ PORT: 'eighty' })).toThrow(/PORT: must be a port number/)
    expect(() => parseEnv({ PORT: '70000' })).toThrow(/PORT: must be from 1 to 65535/)
    expect(() => parseEnv({ PORT: '80.5' })).toThrow(/PORT: must be a whole number/)
  })

  it('serves its public address on PORT when NEXTAUTH_URL is unset, and refuses a local NEXTAUTH_URL on another port', () => {
    expect(parseEnv({}).NEXTAUTH_URL).toBe('http://localhost:3000')
    expect(parseEnv({ PORT: '3100' }).NEXTAUTH_URL).toBe('http://localhost:3100')
    expect(parseEnv({ PORT: '3100', NEXTAUTH_URL: 'http://127.0.0.1:3100' }).NEXTAUTH_URL).toBe('http://127.0.0.1:3100')
    // Behind a proxy the public address has its own name and port.
    expect(parseEnv({ PORT: '3100', NEXTAUTH_URL: 'https://handouts.example.org' }).NEXTAUTH_URL).toBe('https://handouts.example.org')
    expect(() => parseEnv({ PORT: '3100', NEXTAUTH_URL: 'http://localhost:3000' })).toThrow(/NEXTAUTH_URL: is http:\/\/localhost:3000, but the app listens on PORT 3100/)
    expect(() => parseEnv({ PORT: '3100', NEXTAUTH_URL: 'http://127.0.0.1' })).toThrow(/Set NEXTAUTH_URL=http:\/\/localhost:3100, or leave it unset/)
  })

  it('ends sessions 8 hours after sign-in or after 30 minutes idle unless told otherwise, and refuses durations that cannot be', () => {
    expect(parseEnv({})).toMatchObject({ SESSION_MAX_AGE_SECONDS: 28_800, SESSION_IDLE_SECONDS: 1800 })
    expect(parseEnv({ SESSION_MAX_AGE_SECONDS: '3600', SESSION_IDLE_SECONDS: '600' })).toMatchObject({ SESSION_MAX_AGE_SECONDS: 3600, SESSION_IDLE_SECONDS: 600 })
    expect(() => parseEnv({ SESSION_MAX_AGE_SECONDS: 'eight hours' })).toThrow(/SESSION_MAX_AGE_SECONDS: must be a number of seconds/)
    expect(() => parseEnv({ SESSION_IDLE_SECONDS: '0' })).toThrow(/SESSION_IDLE_SECONDS: must be at least 1 second/)
    expect(() => parseEnv({ SESSION_IDLE_SECONDS: '90.5' })).toThrow(/SESSION_IDLE_SECONDS: must be a whole number of seconds/)
    expect(() => parseEnv({ SESSION_MAX_AGE_SECONDS: '9999999' })).toThrow(/SESSION_MAX_AGE_SECONDS: must be at most 2592000 seconds/)
    expect(() => parseEnv({ SESSION_MAX_AGE_SECONDS: '600', SESSION_IDLE_SECONDS: '1800' })).toThrow(/SESSION_IDLE_SECONDS: must not exceed SESSION_MAX_AGE_SECONDS \(600\)/)
  })

  it('trusts no proxy unless TRUST_PROXY_HOPS says how many stand in front, and refuses a count that cannot be', () => {
    expect(parseEnv({}).TRUST_PROXY_HOPS).toBe(0)
    expect(parseEnv({ TRUST_PROXY_HOPS: '2' }).TRUST_PROXY_HOPS).toBe(2)
    expect(() => parseEnv({ TRUST_PROXY_HOPS: 'yes' })).toThrow(/TRUST_PROXY_HOPS: must be a number of proxies, 0 when clients connect directly/)
    expect(() => parseEnv({ TRUST_PROXY_HOPS: '-1' })).toThrow(/TRUST_PROXY_HOPS: must be from 0 to 10/)
    expect(() => parseEnv({ TRUST_PROXY_HOPS: '1.5' })).toThrow(/TRUST_PROXY_HOPS: must be a whole number/)
  })

  it('names the bad variable and says what it expected', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://somewhere' })).toThrow(/DATABASE_URL: must start with "file:" \(SQLite\) or "postgresql:\/\/"/)
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV: .*"development"/)
  })
})
