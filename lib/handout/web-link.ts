import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/** What a web version shows: the choices and the content version, never a name or a note. */
const ZWebChoices = z.strictObject({
  topic: z.string().max(60),
  group: z.string().max(60),
  causes: z.array(z.string().max(60)).max(50),
  extras: z.array(z.string().max(80)).max(50),
  language: z.enum(['en', 'es', 'bilingual']),
  contentVersion: z.string().regex(/^[0-9a-f]{16}$/),
})
export type TWebChoices = z.infer<typeof ZWebChoices>

const SIGNATURE_BYTES = 16

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(`handout-web:${payload}`).digest().subarray(0, SIGNATURE_BYTES)

/** A short id for /h/<id>: the choices, readable, with a signature so nobody can point it at other content. */
export function encodeWebId(choices: TWebChoices, secret: string): string {
  const payload = Buffer.from(JSON.stringify(ZWebChoices.parse(choices))).toString('base64url')
  return `${payload}.${sign(payload, secret).toString('base64url')}`
}

/** The choices of a genuine id, or undefined for anything forged, altered or malformed. */
export function decodeWebId(id: string, secret: string): TWebChoices | undefined {
  if (id.length > 2000) return undefined
  const [payload, signature, extra] = id.split('.')
  if (!payload || !signature || extra !== undefined) return undefined
  const expected = sign(payload, secret)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  try {
    const parsed = ZWebChoices.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
