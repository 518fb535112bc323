import { describe, expect, it } from 'vitest'
import { safeRedirectPath, toSameOriginPath } from '@/lib/auth/same-origin-path'

const ORIGIN = 'https://handouts.clinic.example'

/** Where a browser would go, sent to this path from a page of ours. */
const followed = (path: string) => new URL(path, `${ORIGIN}/sign-in`)

describe('redirect targets from a request', () => {
  it('keep a path on this site, with its query and fragment', () => {
    expect(toSameOriginPath('/templates?q=calf&group=senior', ORIGIN)).toBe('/templates?q=calf&group=senior')
    expect(toSameOriginPath('/handouts/new?template=t1#notes', ORIGIN)).toBe('/handouts/new?template=t1#notes')
    expect(toSameOriginPath('/library/leg-cramps/red-flags', ORIGIN)).toBe('/library/leg-cramps/red-flags')
    expect(toSameOriginPath('/templates?q=http%3A%2F%2Fexample.org', ORIGIN)).toBe('/templates?q=http%3A%2F%2Fexample.org')
  })

  it('keep an absolute URL on this site as its path (next-auth sends the page the user was on)', () => {
    expect(toSameOriginPath(`${ORIGIN}/history?scope=clinic`, ORIGIN)).toBe('/history?scope=clinic')
    expect(toSameOriginPath('HTTPS://HANDOUTS.clinic.example/templates', ORIGIN)).toBe('/templates')
  })

  const attacks = [
    '/\\evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/%09/evil.example',
    '/%0a/evil.example',
    '/%0d%0a/evil.example',
    '/%00/evil.example',
    '/\u0000/evil.example',
    '//evil.example',
    '///evil.example',
    '/%2fevil.example',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    '/%5cevil.example',
    '/%5C%5Cevil.example',
    '/%255cevil.example',
    '/%25252f%25252fevil.example',
    '/.//evil.example',
    '/%2e%2e//evil.example',
    '/./\\evil.example',
    'https://evil.example/handouts/new',
    'http://handouts.clinic.example/templates',
    'https://handouts.clinic.example.evil.example/',
    'https://handouts.clinic.example@evil.example/',
    'https://handouts.clinic.example:8443/',
    `${ORIGIN}//evil.example`,
    `${ORIGIN}/\\evil.example`,
    `${ORIGIN}/%09/evil.example`,
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'evil.example',
    ' /templates',
    '',
    `/${'a'.repeat(5000)}`,
    '/templates?q=%E0%A4%A',
  ]

  it.each(attacks)('refuse %j, which is not a plain path on this site', (attack) => {
    expect(toSameOriginPath(attack, ORIGIN)).toBeUndefined()
    expect(followed(safeRedirectPath(attack, ORIGIN)).origin).toBe(ORIGIN)
  })

  it('refuse what is not text, and send the user to the builder instead', () => {
    for (const value of [undefined, null, 42, ['/templates'], { toString: () => '/templates' }]) {
      expect(toSameOriginPath(value, ORIGIN)).toBeUndefined()
      expect(safeRedirectPath(value, ORIGIN)).toBe('/handouts/new')
    }
  })

  it('never return a path a browser would follow to another host, whatever is asked for', () => {
    const pieces = ['/', '\\', '%2f', '%5c', '%09', '\t', '.', '%2e', 'evil.example', '%25', '@', ':', 'https:', '?', '#']
    for (const first of pieces) {
      for (const second of pieces) {
        for (const third of pieces) {
          const value = `${first}${second}${third}evil.example`
          const path = toSameOriginPath(value, ORIGIN)
          if (path === undefined) continue
          expect(followed(path).origin, value).toBe(ORIGIN)
          expect(path.startsWith('/') && !path.startsWith('//'), value).toBe(true)
        }
      }
    }
  })
})
