import { describe, expect, it } from 'vitest'
import { clientAddressOf, stampedClientAddress } from '@/lib/auth/client-address'

describe('the client address that per-address limits count', () => {
  it('is the socket’s peer when no proxy is trusted, whatever X-Forwarded-For the client sent', () => {
    expect(clientAddressOf({ forwardedFor: '198.51.100.1', peer: '203.0.113.7', trustedHops: 0 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: '198.51.100.1, 198.51.100.2', peer: '::ffff:203.0.113.7', trustedHops: 0 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: undefined, peer: '2001:DB8::1', trustedHops: 0 })).toBe('2001:db8::1')
  })

  it('behind one proxy, is the entry that proxy appended, never one the client wrote before it', () => {
    // The client claimed 1.1.1.1; the proxy (10.0.0.2, the peer) appended the address it saw.
    expect(clientAddressOf({ forwardedFor: '1.1.1.1, 203.0.113.7', peer: '10.0.0.2', trustedHops: 1 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: ['1.1.1.1', '203.0.113.7'], peer: '10.0.0.2', trustedHops: 1 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: '2001:DB8::1', peer: '10.0.0.2', trustedHops: 1 })).toBe('2001:db8::1')
  })

  it('behind two proxies, counts two entries from the right; with fewer entries, the leftmost there is', () => {
    expect(clientAddressOf({ forwardedFor: '1.1.1.1, 203.0.113.7, 10.0.0.2', peer: '10.0.0.3', trustedHops: 2 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: '203.0.113.7', peer: '10.0.0.3', trustedHops: 2 })).toBe('203.0.113.7')
  })

  it('is the peer when a request that should come through a proxy carries no X-Forwarded-For at all', () => {
    expect(clientAddressOf({ forwardedFor: undefined, peer: '203.0.113.9', trustedHops: 1 })).toBe('203.0.113.9')
    expect(clientAddressOf({ forwardedFor: ' , ', peer: '203.0.113.9', trustedHops: 1 })).toBe('203.0.113.9')
  })

  it('is one shared unknown address when the trusted entry or the peer is not an address, so one client cannot make itself many', () => {
    expect(clientAddressOf({ forwardedFor: '1.1.1.1, not-an-address', peer: '10.0.0.2', trustedHops: 1 })).toBe('unknown')
    expect(clientAddressOf({ forwardedFor: undefined, peer: undefined, trustedHops: 0 })).toBe('unknown')
  })

  it('as stamped on a request, is read back normalised; a request the server did not stamp counts as unknown', () => {
    expect(stampedClientAddress({ 'x-handout-client-address': '203.0.113.7' })).toBe('203.0.113.7')
    expect(stampedClientAddress({ 'x-handout-client-address': 'evil' })).toBe('unknown')
    expect(stampedClientAddress({})).toBe('unknown')
    expect(stampedClientAddress(undefined)).toBe('unknown')
  })
})
