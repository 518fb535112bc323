import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

const ZId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60)

/** What a web version shows: the choices and the content version, never a name or a note. */
const ZWebChoices = z.strictObject({
  topic: ZId,
  group: ZId,
  causes: z.array(ZId).max(50),
  extras: z.array(ZId).max(50),
  language: z.enum(['en', 'es', 'bilingual']),
  /** The start of the handout's content version: enough to tell the reader the guide has changed since. */
  contentVersion: z.string().regex(/^[0-9a-f]{10}$/),
})
export type TWebChoices = z.infer<typeof ZWebChoices>

const SIGNATURE_BYTES = 12
const FIELD = '~'
const ITEM = '.'

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(`handout-web:${payload}`).digest().subarray(0, SIGNATURE_BYTES)

/**
 * A short, readable id for /h/<id>: "leg-cramps~senior~dehydration.medications~~en~<version>~<signature>".
 * Short keeps the QR code coarse enough to scan from a crumpled page; the signature means
 * nobody can point an id at other content.
 */
export function encodeWebId(choices: TWebChoices, secret: string): string {
  const { topic, group, causes, extras, language, contentVersion } = ZWebChoices.parse(choices)
  const payload = [topic, group, causes.join(ITEM), extras.join(ITEM), language, contentVersion].join(FIELD)
  return `${payload}${FIELD}${sign(payload, secret).toString('base64url')}`
}

/** The choices of a genuine id, or undefined for anything forged, altered or malformed. */
export function decodeWebId(id: string, secret: string): TWebChoices | undefined {
  if (id.length > 1000) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(id)
  } catch {
    return undefined // a broken %-escape
  }
  const fields = decoded.split(FIELD)
  if (fields.length !== 7) return undefined
  const signature = fields.pop()!
  const payload = fields.join(FIELD)
  const expected = sign(payload, secret)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
  const [topic, group, causes, extras, language, contentVersion] = fields
  const list = (value: string | undefined) => (value ? value.split(ITEM) : [])
  const parsed = ZWebChoices.safeParse({ topic, group, causes: list(causes), extras: list(extras), language, contentVersion })
  return parsed.success ? parsed.data : undefined
}
