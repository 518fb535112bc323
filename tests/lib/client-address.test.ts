import { describe, expect, it } from 'vitest'
import { clientAddressOf } from '@/lib/auth/client-address'

// X-Forwarded-For as `next start` hands it to the app: the client's own header if it sent one, else the socket's peer.
describe('the client address that per-address limits count', () => {
  it('is the socket’s peer, as Next writes it, when no proxy is trusted', () => {
    expect(clientAddressOf({ forwardedFor: '203.0.113.7', trustedHops: 0 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: '::ffff:203.0.113.7', trustedHops: 0 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: '2001:DB8::1', trustedHops: 0 })).toBe('2001:db8::1')
  })

  it('is one shared unknown address, when no proxy is trusted, for a list only a client can have written, or anything not an address', () => {
    expect(clientAddressOf({ forwardedFor: '198.51.100.1, 203.0.113.7', trustedHops: 0 })).toBe('unknown')
    expect(clientAddressOf({ forwardedFor: ['198.51.100.1', '198.51.100.2'], trustedHops: 0 })).toBe('unknown')
    expect(clientAddressOf({ forwardedFor: 'evil', trustedHops: 0 })).toBe('unknown')
    expect(clientAddressOf({ forwardedFor: undefined, trustedHops: 0 })).toBe('unknown')
  })

  it('behind one proxy, is the entry that proxy appended, never one the client wrote before it', () => {
    // The client claimed 1.1.1.1; the proxy appended the address it saw.
    expect(clientAddressOf({ forwardedFor: '1.1.1.1, 203.0.113.7', trustedHops: 1 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: ['1.1.1.1', '203.0.113.7'], trustedHops: 1 })).toBe('203.0.113.7')
    expect(clientAddressOf({ forwardedFor: '2001:DB8::1', trustedHops: 1 })).toBe('2001:db8::1')
  })

  it('behind two proxies, counts two entries from the right', () => {
    expect(clientAddressOf({ forwardedFor: '1.1.1.1, 203.0.113.7, 10.0.0.2', trustedHops: 2 })).toBe('203.0.113.7')
    // Fewer entries than proxies: the leftmost there is.
    expect(clientAddressOf({ forwardedFor: '203.0.113.7', trustedHops: 2 })).toBe('203.0.113.7')
  })

  it('is unknown when a trusted entry is missing or not an address, so one client cannot make itself many', () => {
    expect(clientAddressOf({ forwardedFor: undefined, trustedHops: 1 })).toBe('unknown')
    expect(clientAddressOf({ forwardedFor: '1.1.1.1, not-an-address', trustedHops: 1 })).toBe('unknown')
    expect(clientAddressOf({ forwardedFor: ' , ', trustedHops: 1 })).toBe('unknown')
  })
})
