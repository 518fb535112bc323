import { once } from 'node:events'
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { BodyTooLargeError, readNodeBody, readRequestText } from '@/lib/http/read-limited-body'

const MB = 1024 * 1024
let close: (() => void) | undefined
afterEach(() => close?.())

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

  it('on a Node server, stops reading a chunked 64 MB upload just past the limit and can still answer 413', async () => {
    const received: number[] = []
    const server = createServer(async (incoming: IncomingMessage, outgoing) => {
      try {
        const body = await readNodeBody(incoming, 64 * 1024)
        outgoing.end(`read ${body.length}`)
      } catch (error) {
        received.push(incoming.readableLength)
        outgoing.writeHead(error instanceof BodyTooLargeError ? 413 : 500, { connection: 'close' }).end('too large')
      }
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    close = () => server.close()
    const { port } = server.address() as AddressInfo
    let sent = 0
    const status = await new Promise<number>((resolve, reject) => {
      const upload = httpRequest({ port, host: '127.0.0.1', method: 'POST', path: '/api/handouts/pdf', headers: { 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
        upload.destroy()
      })
      upload.on('error', (error) => (sent > 0 ? undefined : reject(error)))
      const chunk = Buffer.alloc(64 * 1024, 120)
      const write = () => {
        while (sent < 64 * MB && !upload.destroyed) {
          sent += chunk.length
          if (!upload.write(chunk)) return void upload.once('drain', write)
        }
        if (!upload.destroyed) upload.end()
      }
      write()
    })
    expect(status).toBe(413)
    // The answer came long before the upload could finish: nothing kept reading it.
    expect(sent).toBeLessThan(16 * MB)
  })

  it('on a Node server, returns a body within the limit', async () => {
    const server = createServer(async (incoming, outgoing) => outgoing.end(`read ${(await readNodeBody(incoming, 1024)).toString()}`))
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    close = () => server.close()
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { method: 'POST', body: 'hello' })
    expect(await response.text()).toBe('read hello')
  })
})
