import type { IncomingMessage } from 'node:http'

/** A body longer than its route takes: answered with 413, read no further. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is longer than the ${limit} bytes this address takes.`)
    this.name = 'BodyTooLargeError'
  }
}

/** The declared length, when the client declared one that makes sense. */
function declaredLength(value: string | null | undefined): number | undefined {
  return value !== null && value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined
}

/**
 * A Node request's body, read as it streams and given up on as soon as it passes `limit`
 * (or at once, when its Content-Length says it will): memory stays at most `limit` plus one
 * chunk, with or without a Content-Length (chunked bodies). On refusal the request is paused,
 * not destroyed, so the caller can still answer 413 on its socket.
 */
export function readNodeBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if ((declaredLength(request.headers['content-length']) ?? 0) > limit) {
      request.pause()
      return reject(new BodyTooLargeError(limit))
    }
    const chunks: Buffer[] = []
    let length = 0
    const stop = () => {
      request.off('data', onData)
      request.off('end', onEnd)
      request.off('error', onError)
    }
    const onData = (chunk: Buffer) => {
      length += chunk.length
      if (length > limit) {
        stop()
        request.pause()
        chunks.length = 0
        return reject(new BodyTooLargeError(limit))
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      stop()
      resolve(Buffer.concat(chunks, length))
    }
    const onError = (error: Error) => {
      stop()
      reject(error)
    }
    request.on('data', onData)
    request.on('end', onEnd)
    request.on('error', onError)
  })
}

/**
 * A web `Request`'s body as text (UTF-8), read as it streams and given up on as soon as it
 * passes `limit`, as readNodeBody does: route handlers call this instead of `request.text()`,
 * which holds all of a body before anyone can measure it.
 */
export async function readRequestText(request: Request, limit: number): Promise<string> {
  if ((declaredLength(request.headers.get('content-length')) ?? 0) > limit) throw new BodyTooLargeError(limit)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.byteLength
    if (length > limit) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLargeError(limit)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, length).toString('utf8')
}

export const bodyTooLarge = (error: BodyTooLargeError) =>
  Response.json({ errors: [{ field: '(body)', message: `expected at most ${error.limit} bytes` }] }, { status: 413 })
