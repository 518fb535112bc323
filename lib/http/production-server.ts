import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import next from 'next'
import { listTopicIds, loadTopic } from '../content/load-topic'
import { env } from '../env'
import { log } from '../log'
import { MAX_ACTION_BODY_BYTES, MAX_JSON_BODY_BYTES } from './body-limits.mjs'
import { markClientAddress } from './client-address'
import { replayRequest, sendWebResponse, toWebRequest } from './node-web-request'
import { postHandoutPdf } from './post-handout-pdf'
import { BodyTooLargeError, bodyTooLarge, readNodeBody } from './read-limited-body'
import { securityHeaders } from './security-headers.mjs'
import { serverActionBodyProblem } from './server-action-body'

const PDF_ROUTE = '/api/handouts/pdf'
const SECURITY_HEADERS = securityHeaders(env.NODE_ENV === 'production')

const pathOf = (request: IncomingMessage) => (request.url ?? '/').split('?', 1)[0]!
const hasBody = (request: IncomingMessage) => request.headers['transfer-encoding'] !== undefined || (request.headers['content-length'] ?? '0') !== '0'
/** JSON routes (and next-auth's sign-in form) take 16 KB; pages take server actions, up to Next's own limit (next.config.js). */
const bodyLimitOf = (path: string) => (path.startsWith('/api/') ? MAX_JSON_BODY_BYTES : MAX_ACTION_BODY_BYTES)
const isStateChanging = (request: IncomingMessage) => !['GET', 'HEAD', 'OPTIONS'].includes(request.method ?? 'GET')

/** Each segment of the path decodes (Next answers a malformed %-escape in a dynamic segment with a 500). */
function hasMalformedPath(path: string): boolean {
  try {
    for (const segment of path.split('/')) decodeURIComponent(segment)
    return false
  } catch {
    return true
  }
}

/**
 * A page POST (a server action) from another site: Next refuses one whose Origin is neither the
 * Host nor X-Forwarded-Host, but with a 500; the same test here answers 403 first.
 */
function isForeignAction(request: IncomingMessage): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true
  const origin = request.headers.origin
  if (origin === undefined) return false
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return true
  }
  const forwarded = request.headers['x-forwarded-host']
  const forwardedHost = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(',')[0])?.trim()
  return host === '' || (host !== request.headers.host && host !== forwardedHost)
}

/** Our own refusal: a short page (or JSON under /api/) saying what was wrong, with the security headers. */
function refuse(request: IncomingMessage, response: ServerResponse, status: number, message: string) {
  if (response.headersSent) return void response.destroy()
  const isApi = pathOf(request).startsWith('/api/')
  const body = isApi
    ? JSON.stringify({ error: message })
    : `<!doctype html><html lang="en"><meta charset="utf-8"><title>${status}</title><h1>${status === 413 ? 'Too large' : status === 403 ? 'Refused' : 'Bad request'}</h1><p>${message}</p></html>`
  response.statusCode = status
  response.setHeader('Content-Type', isApi ? 'application/json' : 'text/html; charset=utf-8')
  response.setHeader('Content-Security-Policy', "default-src 'none'")
  response.setHeader('Cache-Control', 'no-store')
  response.end(body)
}

/**
 * A request Node cannot parse (a body with neither Content-Length nor chunking, headers too
 * long) is answered here rather than by Node's bare 400, so it too carries the security headers.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex) {
  // As Node's own handler: no answer once another response on this connection has begun.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) return void socket.destroy()
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
  const body = `${STATUS_CODES[status]}: the request could not be read as HTTP.`
  const headers = [...SECURITY_HEADERS, { key: 'Content-Type', value: 'text/plain; charset=utf-8' }, { key: 'Content-Length', value: String(Buffer.byteLength(body)) }, { key: 'Connection', value: 'close' }]
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers.map(({ key, value }) => `${key}: ${value}\r\n`).join('')}\r\n${body}`)
}

/**
 * After a 413, what is still coming is read and dropped (memory stays flat) for a moment before
 * the connection is cut: closing at once would reset a client still sending, and a reset makes
 * its system drop the 413 unread. A client that keeps sending past that is cut off.
 */
function discardRestOf(request: IncomingMessage) {
  const cutOff = setTimeout(() => request.socket.destroy(), 2_000)
  request.once('end', () => clearTimeout(cutOff))
  request.once('close', () => clearTimeout(cutOff))
  request.resume()
}

async function answerPdfPost(request: IncomingMessage, response: ServerResponse, body: Buffer) {
  try {
    await sendWebResponse(response, await postHandoutPdf(toWebRequest(request, body)), [])
  } catch {
    // The handler has logged it; answer as Next does when a route handler throws: a 500 with no body.
    if (response.headersSent) return void response.destroy()
    await sendWebResponse(response, new Response(null, { status: 500 }), [])
  }
}

/**
 * Every request passes here before Next: the security headers go on first, so every answer
 * carries them, Next's own errors included; a path that does not decode is a 400, a server
 * action from another site a 403, a malformed server action body a 400; and a body is read
 * here, within its route's limit, refused with 413 the moment it passes it (@see readNodeBody),
 * and only then handed on. No route or action of Next's reads an unmeasured body.
 */
function serveRequest(handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value)
    const path = pathOf(request)
    if (hasMalformedPath(path)) return refuse(request, response, 400, 'The address has a malformed %-escape.')
    const isPage = !path.startsWith('/api/')
    if (isPage && isStateChanging(request) && isForeignAction(request)) return refuse(request, response, 403, 'Requests from other sites are refused.')
    let body: Buffer = Buffer.alloc(0)
    if (hasBody(request)) {
      try {
        body = await readNodeBody(request, bodyLimitOf(path))
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          discardRestOf(request)
          // JSON routes answer as their handlers would (readJsonBody); pages with a short page.
          return isPage ? refuse(request, response, 413, error.message) : sendWebResponse(response, bodyTooLarge(error), [])
        }
        // The client went away before its body ended: there is no one to answer.
        return void response.destroy()
      }
    }
    if (request.method === 'POST' && path === PDF_ROUTE) return answerPdfPost(request, response, body)
    if (isPage && request.method === 'POST') {
      const contentType = String(request.headers['content-type'] ?? '')
      const problem = await serverActionBodyProblem({ contentType, isFetchAction: request.headers['next-action'] !== undefined, body })
      if (problem) return refuse(request, response, 400, `This form's data could not be read: ${problem}.`)
    }
    return handle(hasBody(request) ? replayRequest(request, body) : request, response)
  }
}

/**
 * The production server (`npm run serve`, server.ts): Next serves every request but one, after
 * the checks in serveRequest. POST /api/handouts/pdf goes straight to the route's own handler,
 * which is plain TypeScript (post-handout-pdf.ts), so both answer alike. Next's request handling
 * cost more than the whole answer to a cached PDF: against `next start`, a cached PDF's p95
 * 8.7 → 3.5 ms, and 38 → 44 PDFs/s at 16 connections, for 14 MB more (README, Performance).
 */
export async function startProductionServer() {
  const app = next({ dev: false, hostname: env.HOST, port: env.PORT })
  const handle = app.getRequestHandler()
  // Runs instrumentation.ts: the PDF workers are started and warm before the server listens.
  await app.prepare()
  // This module graph is not Next's, so its guide library is its own: read it now, not during a clinician's first PDF (about 250 ms).
  for (const topicId of listTopicIds()) loadTopic(topicId)
  const serve = serveRequest(handle)
  const server = createServer((request, response) => {
    // Before Next sees the request: per-address sign-in limits count the socket's peer unless TRUST_PROXY_HOPS says otherwise.
    markClientAddress(request, env.TRUST_PROXY_HOPS)
    void serve(request, response)
  })
  server.on('clientError', answerUnparsable)
  // Next installs a handler that logs uncaught errors and carries on: a port already taken must stop the server instead.
  server.once('error', (error) => {
    log.fatal({ event: 'server.failed', err: error.message }, `could not listen on HOST ${env.HOST ?? '(all interfaces)'}, PORT ${env.PORT}`)
    process.exit(1)
  })
  server.listen(env.PORT, env.HOST, () => log.info({ event: 'server.ready', port: env.PORT, host: env.HOST ?? 'all interfaces' }, 'ready'))
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.close()
      process.exit(0)
    })
  }
}
