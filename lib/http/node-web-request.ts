import { IncomingMessage, type ServerResponse } from 'node:http'

/**
 * The same request with its body already read (at most a route's limit, readNodeBody): what
 * Next is handed, so that no route or server action of Next's reads a body we have not measured.
 */
export function replayRequest(request: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(request.socket)
  replay.method = request.method
  replay.url = request.url
  replay.httpVersion = request.httpVersion
  replay.httpVersionMajor = request.httpVersionMajor
  replay.httpVersionMinor = request.httpVersionMinor
  replay.headers = request.headers
  replay.rawHeaders = request.rawHeaders
  replay.complete = true
  if (body.length > 0) replay.push(body)
  replay.push(null)
  return replay
}

/**
 * The web `Request` for a Node request and its body (read as UTF-8, as `request.text()` would).
 * Its URL is built from the Host header and the forwarded protocol; only the same-origin check
 * reads it, and a browser sends its own site as both Host and Origin.
 */
export function toWebRequest(request: IncomingMessage, body: Buffer): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one)
  }
  const protocol = String(request.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https' ? 'https' : 'http'
  const url = `${protocol}://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`
  // No browser sends a Host that makes no URL; the handler then sees localhost, whose origin no site shares.
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return new Request(URL.canParse(url) ? url : `http://localhost${request.url?.startsWith('/') ? request.url : '/'}`, { method: request.method, headers, body: hasBody ? body.toString('utf8') : undefined })
}

/** Writes a web `Response` to a Node response, after the headers every response carries. */
export async function sendWebResponse(target: ServerResponse, response: Response, headers: { key: string; value: string }[]): Promise<void> {
  // The body first: should reading it fail, no header of this response has been set.
  const body = Buffer.from(await response.arrayBuffer())
  for (const { key, value } of headers) target.setHeader(key, value)
  for (const [name, value] of response.headers) if (name !== 'set-cookie') target.setHeader(name, value)
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) target.setHeader('set-cookie', cookies)
  target.statusCode = response.status
  target.end(body)
}
