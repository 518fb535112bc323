import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import next from 'next'
import { listTopicIds, loadTopic } from '../content/load-topic'
import { env } from '../env'
import { log } from '../log'
import { markClientAddress } from './client-address'
import { MAX_JSON_BODY_BYTES } from './handout-responses'
import { readBody, sendWebResponse, toWebRequest } from './node-web-request'
import { postHandoutPdf } from './post-handout-pdf'
import { securityHeaders } from './security-headers.mjs'

const PDF_ROUTE = '/api/handouts/pdf'
const SECURITY_HEADERS = securityHeaders(env.NODE_ENV === 'production')

const isPdfPost = (request: IncomingMessage) => request.method === 'POST' && request.url?.split('?', 1)[0] === PDF_ROUTE

async function answerPdfPost(request: IncomingMessage, response: ServerResponse) {
  let body: Buffer
  try {
    body = await readBody(request, MAX_JSON_BODY_BYTES)
  } catch {
    // The client went away before its body ended: there is no one to answer.
    return void response.destroy()
  }
  try {
    await sendWebResponse(response, await postHandoutPdf(toWebRequest(request, body)), SECURITY_HEADERS)
  } catch {
    // The handler has logged it; answer as Next does when a route handler throws: a 500 with no body.
    if (response.headersSent) return void response.destroy()
    await sendWebResponse(response, new Response(null, { status: 500 }), SECURITY_HEADERS)
  }
}

/**
 * The production server (`npm run serve`, server.ts): Next serves every request but one. POST
 * /api/handouts/pdf goes straight to the route's own handler, which is plain TypeScript
 * (post-handout-pdf.ts), so both answer alike. Next's request handling cost more than the whole
 * answer to a cached PDF: against `next start`, a cached PDF's p95 8.7 → 3.5 ms, and 38 → 44
 * PDFs/s at 16 connections, for 14 MB more (README, Performance).
 */
export async function startProductionServer() {
  const app = next({ dev: false, hostname: env.HOST, port: env.PORT })
  const handle = app.getRequestHandler()
  // Runs instrumentation.ts: the PDF workers are started and warm before the server listens.
  await app.prepare()
  // This module graph is not Next's, so its guide library is its own: read it now, not during a clinician's first PDF (about 250 ms).
  for (const topicId of listTopicIds()) loadTopic(topicId)
  const server = createServer((request, response) => {
    // Before Next sees the request: per-address sign-in limits count the socket's peer unless TRUST_PROXY_HOPS says otherwise.
    markClientAddress(request, env.TRUST_PROXY_HOPS)
    void (isPdfPost(request) ? answerPdfPost(request, response) : handle(request, response))
  })
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
