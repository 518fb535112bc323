import { once } from 'node:events'
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { replayRequest, sendWebResponse, toWebRequest } from '@/lib/http/node-web-request'
import { readNodeBody } from '@/lib/http/read-limited-body'

type TSeen = { request: Request; bodyBytes: number }
let close: (() => void) | undefined
afterEach(() => close?.())

/** A real HTTP server whose handler turns each request into a web Request and answers with `answer`. */
async function serve(answer: (seen: TSeen) => Response, limit = 64) {
  const seen: TSeen[] = []
  const server = createServer(async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const body = await readNodeBody(incoming, limit).catch(() => Buffer.from('refused'))
    const request = toWebRequest(incoming, body)
    seen.push({ request, bodyBytes: body.length })
    await sendWebResponse(outgoing, answer({ request, bodyBytes: body.length }), [{ key: 'X-Frame-Options', value: 'DENY' }])
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  close = () => server.close()
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }
}

describe('answering a Node request with a web Response (the production server\'s PDF route)', () => {
  it('gives the handler the method, URL from the Host header, repeated headers and the body', async () => {
    const { url, seen } = await serve(() => new Response('ok'))
    const response = await new Promise<IncomingMessage>((resolve) => {
      const sent = httpRequest(`${url}/api/handouts/pdf?template=t1`, { method: 'POST', headers: { 'x-forwarded-proto': 'https', accept: ['a', 'b'], host: 'clinic.example' } }, resolve)
      sent.end('{"group":"senior"}')
    })
    response.resume()
    const { request } = seen[0]!
    expect(request.method).toBe('POST')
    expect(request.url).toBe('https://clinic.example/api/handouts/pdf?template=t1')
    expect(request.headers.get('accept')).toBe('a, b')
    expect(await request.json()).toEqual({ group: 'senior' })
  })

  it('gives a request whose Host makes no URL the address of localhost, whose origin no site shares', async () => {
    const { url, seen } = await serve(() => new Response('ok'))
    const response = await new Promise<IncomingMessage>((resolve) => httpRequest(`${url}/api/handouts/pdf`, { method: 'POST', headers: { host: 'bad host' } }, resolve).end('{}'))
    response.resume()
    expect(response.statusCode).toBe(200)
    expect(seen[0]!.request.url).toBe('http://localhost/api/handouts/pdf')
  })

  it('sends the status, the handler\'s headers after the shared ones, every cookie, and the body byte for byte', async () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => index % 251)
    const { url } = await serve(() => {
      const headers = new Headers({ 'Content-Type': 'application/pdf', 'X-Frame-Options': 'SAMEORIGIN' })
      headers.append('Set-Cookie', 'a=1')
      headers.append('Set-Cookie', 'b=2')
      return new Response(bytes, { status: 201, headers })
    })
    const response = await fetch(`${url}/x`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(201)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes)
  })

  it('passes no body for GET and HEAD, as a web Request must', async () => {
    const { url, seen } = await serve(() => new Response('ok'))
    await fetch(`${url}/x`)
    expect(seen[0]!.request.body).toBeNull()
  })

  it('replays a body already read to a reader of the Node request, as Next reads it', async () => {
    const server = createServer(async (incoming, outgoing) => {
      const replay = replayRequest(incoming, await readNodeBody(incoming, 1024))
      const chunks: Buffer[] = []
      for await (const chunk of replay) chunks.push(chunk as Buffer)
      outgoing.end(`${replay.method} ${replay.url} ${replay.headers['content-type']} ${Buffer.concat(chunks).toString()}`)
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    close = () => server.close()
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/templates?x=1`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '["a",1]' })
    expect(await response.text()).toBe('POST /templates?x=1 text/plain ["a",1]')
  })
})
