import { AppError } from '../errors'
import { log } from '../log'
import type { THandout } from '../handout/assemble'
import { MAX_JSON_BODY_BYTES } from './body-limits.mjs'
import { BodyTooLargeError, bodyTooLarge, readRequestText } from './read-limited-body'

export { MAX_JSON_BODY_BYTES }

export const badRequest = (field: string, message: string) => Response.json({ errors: [{ field, message }] }, { status: 400 })
export const unauthorized = () => Response.json({ error: 'Sign in to make handouts.' }, { status: 401 })

/** The JSON body of a request, or a response saying what is wrong with it: 413 past the limit (read no further), 400 if not JSON. */
export async function readJsonBody(request: Request): Promise<{ body: unknown } | { response: Response }> {
  let text: string
  try {
    text = await readRequestText(request, MAX_JSON_BODY_BYTES)
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { response: bodyTooLarge(error) }
    throw error
  }
  if (text.trim() === '') return { body: {} }
  try {
    return { body: JSON.parse(text) }
  } catch {
    return { response: badRequest('(body)', 'expected a JSON object') }
  }
}

export function pdfResponse(handout: THandout, pdf: Buffer): Response {
  // A view, not a copy: the body is copied as the Response takes it, so a cached PDF stays as it was.
  return new Response(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${handout.topicId}-${handout.group.id}-${handout.date}.pdf"`,
      'Content-Length': String(pdf.length),
      'Cache-Control': 'no-store',
    },
  })
}

/** Domain errors as HTTP: field errors 400, unknown or other clinics' ids 404, not allowed 403, stale edit 409. */
export function errorResponse(error: unknown): Response {
  if (!(error instanceof AppError)) {
    log.error({ event: 'request.failed', err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, 'request failed')
    throw error
  }
  switch (error.code) {
    case 'invalid_input':
      return Response.json({ errors: error.problems }, { status: 400 })
    case 'not_found':
      return Response.json({ error: 'Not found' }, { status: 404 })
    case 'forbidden':
      return Response.json({ error: error.message }, { status: 403 })
    case 'conflict':
      return Response.json({ error: error.message }, { status: 409 })
    default:
      throw error
  }
}
