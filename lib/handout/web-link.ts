import { createCipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
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

/** The first key makes new ids; every key in the list still opens the ids it made. */
export type TWebLinkKeys = readonly [string, ...string[]]

const TAG_BYTES = 12
const MAX_ID_LENGTH = 1000
const FIELD = '~'
const ITEM = '.'

const keysFrom = (secret: string) => ({
  encrypt: Buffer.from(hkdfSync('sha256', secret, '', 'handout-web-link:encrypt', 32)),
  authenticate: Buffer.from(hkdfSync('sha256', secret, '', 'handout-web-link:authenticate', 32)),
})

const tagOf = (payload: Buffer, key: Buffer) => createHmac('sha256', key).update(payload).digest().subarray(0, TAG_BYTES)

/** AES-CTR with the tag as its counter block: encrypting and decrypting are the same operation. */
const crypt = (bytes: Buffer, key: Buffer, tag: Buffer) => {
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.concat([tag, Buffer.alloc(16 - TAG_BYTES)]))
  return Buffer.concat([cipher.update(bytes), cipher.final()])
}

/**
 * The id in /h/<id>: the choices, encrypted and authenticated (a synthetic-IV construction,
 * so the same choices always give the same id and the same QR code). Opaque: browser
 * history, proxies and logs see no patient group or cause. Authenticated: nobody can point
 * an id at other content. Deterministic and short, so the QR code stays coarse enough to scan.
 */
export function encodeWebId(choices: TWebChoices, keys: TWebLinkKeys): string {
  const { topic, group, causes, extras, language, contentVersion } = ZWebChoices.parse(choices)
  const payload = Buffer.from([topic, group, causes.join(ITEM), extras.join(ITEM), language, contentVersion].join(FIELD))
  const key = keysFrom(keys[0])
  const tag = tagOf(payload, key.authenticate)
  return Buffer.concat([tag, crypt(payload, key.encrypt, tag)]).toString('base64url')
}

/** The choices of a genuine id made with any of the keys, or undefined for anything forged, altered or malformed. */
export function decodeWebId(id: string, keys: TWebLinkKeys): TWebChoices | undefined {
  if (id.length > MAX_ID_LENGTH || !/^[\w-]+$/.test(id)) return undefined
  const bytes = Buffer.from(id, 'base64url')
  if (bytes.length <= TAG_BYTES) return undefined
  const tag = bytes.subarray(0, TAG_BYTES)
  for (const secret of keys) {
    const key = keysFrom(secret)
    const payload = crypt(bytes.subarray(TAG_BYTES), key.encrypt, tag)
    if (!timingSafeEqual(tagOf(payload, key.authenticate), tag)) continue
    const fields = payload.toString('utf8').split(FIELD)
    if (fields.length !== 6) return undefined
    const [topic, group, causes, extras, language, contentVersion] = fields
    const list = (value: string | undefined) => (value ? value.split(ITEM) : [])
    const parsed = ZWebChoices.safeParse({ topic, group, causes: list(causes), extras: list(extras), language, contentVersion })
    return parsed.success ? parsed.data : undefined
  }
  return undefined
}
