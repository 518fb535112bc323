import { describe, expect, it } from 'vitest'
import { isCrossSiteRequest } from '@/lib/http/same-origin'

const PUBLIC = 'http://localhost:3100'
const post = (headers: Record<string, string>) => new Request('http://localhost:3100/api/handouts/pdf', { method: 'POST', headers })

describe('a state-changing request from another site', () => {
  it('is refused when its Origin names another host, or Fetch Metadata says cross-site, or the origin is opaque', () => {
    expect(isCrossSiteRequest(post({ host: 'localhost:3100', origin: 'https://evil.example' }), PUBLIC)).toBe(true)
    expect(isCrossSiteRequest(post({ host: 'localhost:3100', origin: 'http://localhost:3101' }), PUBLIC)).toBe(true)
    expect(isCrossSiteRequest(post({ host: 'localhost:3100', 'sec-fetch-site': 'cross-site' }), PUBLIC)).toBe(true)
    expect(isCrossSiteRequest(post({ host: 'localhost:3100', origin: 'null' }), PUBLIC)).toBe(true)
  })

  it('is not: the page was opened at any address the server answers on, or behind a proxy, or the request came from a script', () => {
    expect(isCrossSiteRequest(post({ host: '127.0.0.1:3100', origin: 'http://127.0.0.1:3100', 'sec-fetch-site': 'same-origin' }), PUBLIC)).toBe(false)
    expect(isCrossSiteRequest(post({ host: 'localhost:3100', origin: 'http://localhost:3100' }), PUBLIC)).toBe(false)
    expect(isCrossSiteRequest(post({ host: '10.0.0.5:3100', 'x-forwarded-host': 'handouts.example.org', origin: 'https://handouts.example.org' }), PUBLIC)).toBe(false)
    expect(isCrossSiteRequest(post({ host: 'localhost:3100' }), PUBLIC)).toBe(false)
  })
})
