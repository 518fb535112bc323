/** A body longer than its route takes: answered with 413, read no further. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is longer than the ${limit} bytes this address takes.`)
    this.name = 'BodyTooLargeError'
  }
}

/** The declared length, when the client declared one that makes sense. */
function declaredLength(value: string | null): number | undefined {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined
}

/**
 * A web `Request`'s body, read as it streams and given up on as soon as it passes `limit` (or at
 * once, when its Content-Length says it will): memory stays at most `limit` plus one chunk, with
 * or without a Content-Length (chunked bodies). Route handlers and the proxy call this instead of
 * `request.text()`, which holds all of a body before anyone can measure it.
 */
export async function readRequestBytes(request: Request, limit: number): Promise<Buffer> {
  if ((declaredLength(request.headers.get('content-length')) ?? 0) > limit) throw new BodyTooLargeError(limit)
  if (!request.body) return Buffer.alloc(0)
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
  return Buffer.concat(chunks, length)
}

/** `readRequestBytes` as text (UTF-8). */
export const readRequestText = async (request: Request, limit: number): Promise<string> => (await readRequestBytes(request, limit)).toString('utf8')

export const bodyTooLarge = (error: BodyTooLargeError) =>
  Response.json({ errors: [{ field: '(body)', message: `expected at most ${error.limit} bytes` }] }, { status: 413 })
