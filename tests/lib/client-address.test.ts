import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CLIENT_ADDRESS_HEADER, clientAddressFromHeaders, clientAddressOf, markClientAddress } from '@/lib/http/client-address'

describe('the client address that per-address limits count', () => {
  it('is the socket’s peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf({ socketAddress: '203.0.113.7', forwardedFor: '198.51.100.1', trustedHops: 0 })).toBe('203.0.113.7')
    expect(clientAddressOf({ socketAddress: '203.0.113.7', forwardedFor: ['198.51.100.1', '198.51.100.2'], trustedHops: 0 })).toBe('203.0.113.7')
    expect(clientAddressOf({ socketAddress: '::ffff:203.0.113.7', forwardedFor: undefined, trustedHops: 0 })).toBe('203.0.113.7')
    expect(clientAddressOf({ socketAddress: undefined, forwardedFor: '198.51.100.1', trustedHops: 0 })).toBe('unknown')
  })

  it('behind one proxy, is the entry that proxy appended, never one the client wrote before it', () => {
    // The client claimed 1.1.1.1; the proxy (10.0.0.2, the socket's peer) appended the address it saw.
    expect(clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor: '1.1.1.1, 203.0.113.7', trustedHops: 1 })).toBe('203.0.113.7')
    expect(clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor: ['1.1.1.1', '203.0.113.7'], trustedHops: 1 })).toBe('203.0.113.7')
    expect(clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor: '2001:DB8::1', trustedHops: 1 })).toBe('2001:db8::1')
  })

  it('behind two proxies, counts two entries from the right', () => {
    expect(clientAddressOf({ socketAddress: '10.0.0.3', forwardedFor: '1.1.1.1, 203.0.113.7, 10.0.0.2', trustedHops: 2 })).toBe('203.0.113.7')
    // Fewer entries than proxies: the leftmost there is.
    expect(clientAddressOf({ socketAddress: '10.0.0.3', forwardedFor: '203.0.113.7', trustedHops: 2 })).toBe('203.0.113.7')
  })

  it('counts the proxy itself when a trusted entry is missing or not an address', () => {
    expect(clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor: undefined, trustedHops: 1 })).toBe('10.0.0.2')
    expect(clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor: '1.1.1.1, not-an-address', trustedHops: 1 })).toBe('10.0.0.2')
    expect(clientAddressOf({ socketAddress: '10.0.0.2', forwardedFor: ' , ', trustedHops: 1 })).toBe('10.0.0.2')
  })

  it('read back from the request headers is an address or unknown, never what else a header held', () => {
    expect(clientAddressFromHeaders({ [CLIENT_ADDRESS_HEADER]: '203.0.113.7' })).toBe('203.0.113.7')
    expect(clientAddressFromHeaders({ [CLIENT_ADDRESS_HEADER]: 'evil, 1.2.3.4' })).toBe('unknown')
    expect(clientAddressFromHeaders({ 'x-forwarded-for': '198.51.100.1', 'x-real-ip': '198.51.100.2' })).toBe('unknown')
    expect(clientAddressFromHeaders(undefined)).toBe('unknown')
  })
})

describe('the production server marks every request with its client address', () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

  /** What a handler behind markClientAddress sees, for a request sent with these headers over a real socket. */
  async function seenAddress(trustedHops: number, headers: Record<string, string | string[]>): Promise<string> {
    server = createServer((request, response) => {
      markClientAddress(request, trustedHops)
      response.end(String(request.headers[CLIENT_ADDRESS_HEADER]))
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return new Promise((resolve, reject) => {
      const sent = httpRequest({ host: '127.0.0.1', port, path: '/sign-in', headers }, (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () => resolve(body))
      })
      sent.on('error', reject)
      sent.end()
    })
  }

  it('replaces whatever the client sent, so neither X-Forwarded-For nor the header itself can be forged', async () => {
    const forged = { 'x-forwarded-for': '198.51.100.1', 'x-real-ip': '198.51.100.2', [CLIENT_ADDRESS_HEADER]: '198.51.100.3' }
    await expect(seenAddress(0, forged)).resolves.toBe('127.0.0.1')
  })

  it('takes the proxy’s entry when told the app sits behind one', async () => {
    await expect(seenAddress(1, { 'x-forwarded-for': ['1.1.1.1', '203.0.113.7'] })).resolves.toBe('203.0.113.7')
  })
})
