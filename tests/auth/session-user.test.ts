import { describe, expect, it } from 'vitest'
import { parseCookies } from '@/lib/auth/session-user'

describe('reading the session cookie from a plain request', () => {
  it('splits a Cookie header into names and decoded values', () => {
    expect([...parseCookies('next-auth.session-token=abc.def; theme=dark%20blue;x=')]).toEqual([
      ['next-auth.session-token', 'abc.def'],
      ['theme', 'dark blue'],
      ['x', ''],
    ])
  })

  it('keeps the first of a repeated name, skips pairs without a name, and keeps a value it cannot decode as sent', () => {
    const cookies = parseCookies('a=1; a=2; =orphan; novalue; b=%E0%A4%A')
    expect([...cookies]).toEqual([
      ['a', '1'],
      ['b', '%E0%A4%A'],
    ])
  })

  it('reads no cookies from no header', () => {
    expect(parseCookies(null).size).toBe(0)
  })
})
