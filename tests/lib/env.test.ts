import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'

describe('environment validation', () => {
  it('defaults to the embedded SQLite database', () => {
    expect(parseEnv({})).toMatchObject({ DATABASE_URL: 'file:./data/handout-builder.db', NODE_ENV: 'development' })
  })

  it('accepts a PostgreSQL URL', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://app:secret@127.0.0.1:5432/handouts' }).DATABASE_URL).toMatch(/^postgresql:/)
  })

  it('names the bad variable and says what it expected', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://somewhere' })).toThrow(/DATABASE_URL: must start with "file:" \(SQLite\) or "postgresql:\/\/"/)
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV: .*"development"/)
  })
})
