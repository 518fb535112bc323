import { AppError } from '../errors'
import { log } from '../log'
import type { THandout } from '../handout/assemble'

export const MAX_JSON_BODY_BYTES = 16 * 1024

export const badRequest = (field: string, message: string) => Response.json({ errors: [{ field, message }] }, { status: 400 })
export const unauthorized = () => Response.json({ error: 'Sign in to make handouts.' }, { status: 401 })

/** The JSON body of a request, or a 400 response saying what is wrong with it. */
export async function readJsonBody(request: Request): Promise<{ body: unknown } | { response: Response }> {
  const text = await request.text()
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) return { response: badRequest('(body)', `expected at most ${MAX_JSON_BODY_BYTES} bytes`) }
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
