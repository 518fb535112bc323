import { describe, expect, it } from 'vitest'
import { BodyTooLargeError, readRequestBytes, readRequestText } from '@/lib/http/read-limited-body'

const MB = 1024 * 1024

/** A web Request whose body is an endless stream of 1 MB chunks, counting how many were pulled. */
function endlessRequest(headers: Record<string, string> = {}) {
  const pulled = { chunks: 0 }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.chunks += 1
      controller.enqueue(new Uint8Array(MB))
    },
  }, { highWaterMark: 0 })
  return { request: new Request('http://localhost/api/handouts/pdf', { method: 'POST', body, headers, duplex: 'half' } as RequestInit), pulled }
}

describe('reading a body within a limit, as it streams (issue 20, item 3)', () => {
  it('gives up on an endless body without Content-Length after the first chunk past the limit', async () => {
    const { request, pulled } = endlessRequest()
    await expect(readRequestText(request, 16 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError)
    // request.text(), as the routes called it, would never have returned.
    expect(pulled.chunks).toBeLessThanOrEqual(2)
  })

  it('refuses a body whose Content-Length is over the limit without reading any of it', async () => {
    const { request, pulled } = endlessRequest({ 'content-length': String(300 * MB) })
    await expect(readRequestText(request, 16 * 1024)).rejects.toThrow('longer than the 16384 bytes')
    expect(pulled.chunks).toBe(0)
  })

  it('returns a body within the limit whole, as UTF-8', async () => {
    const request = new Request('http://localhost/x', { method: 'POST', body: '{"name":"Zoë"}' })
    expect(await readRequestText(request, 16)).toBe('{"name":"Zoë"}')
  })

  it('returns bytes as they came, for a server action body the proxy checks', async () => {
    const request = new Request('http://localhost/x', { method: 'POST', body: new Uint8Array([0, 255, 10]) })
    expect([...(await readRequestBytes(request, 3))]).toEqual([0, 255, 10])
    await expect(readRequestBytes(new Request('http://localhost/x', { method: 'POST', body: 'four' }), 3)).rejects.toBeInstanceOf(BodyTooLargeError)
  })
})
