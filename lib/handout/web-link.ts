import { createCipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { z } from 'zod'
import { oncePerKey } from '../once-per-key'
import { HANDOUT_LENGTHS } from './request'

const ZId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60)

/** What a web version shows: the choices and the content version, never a name or a note. */
const ZWebChoices = z.strictObject({
  topic: ZId,
  group: ZId,
  causes: z.array(ZId).max(50),
  extras: z.array(ZId).max(50),
  language: z.enum(['en', 'es', 'bilingual']),
  /** The length that was printed: the web version is always the complete guide, and says so. */
  length: z.enum(HANDOUT_LENGTHS),
  /** The start of the handout's content version: enough to tell the reader the guide has changed since. */
  contentVersion: z.string().regex(/^[0-9a-f]{10}$/),
  /** The number of the clinic's name and phone as printed (see lib/data/clinic-contacts); none from the CLI. */
  contact: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
})
export type TWebChoices = z.infer<typeof ZWebChoices>

/** The first key makes new ids; every key in the list still opens the ids it made. */
export type TWebLinkKeys = readonly [string, ...string[]]

const FORMAT = 1
const TAG_BYTES = 10
const VERSION_BYTES = 5
const MAX_ID_LENGTH = 1000
const FIELD = '~'
const ITEM = '.'
/**
 * The printed length, one letter each: "short" spelt out would add 8 characters to every id.
 * Ids made before there was a choice have no such field: those handouts printed the long version.
 */
const LENGTH_LETTERS = { short: 's', full: 'f' } as const satisfies Record<TWebChoices['length'], string>
const lengthOfLetter = (letter: string | undefined) => (letter === undefined ? 'full' : HANDOUT_LENGTHS.find((length) => LENGTH_LETTERS[length] === letter))

/**
 * Words the ids are likely to hold, as a preset dictionary for deflate, so a typical id
 * shrinks to about 40 characters and its QR code stays coarse. Printed codes depend on it:
 * never edit it; a new dictionary needs a new FORMAT byte (and the old one kept for decoding).
 * Ids it lacks (new topics, new causes) still work, only longer. Most likely words last.
 */
const DICTIONARY = Buffer.from(
  [
    'comparison-restless-legs~treatment-alternatives~treatment-physical-therapy~treatment-medicines~visit-tests~questions~risk-factors',
    'prevention-food~prevention-footwear~prevention-habits~relief-heat-cold~',
    'flat-feet.spinal-stenosis.nutritional-deficiencies.nerve-compression.medical-conditions.electrolyte-imbalance.muscle-fatigue.',
    'prolonged-sitting.long-standing.pregnancy.poor-circulation.medications.dehydration.',
    '~es~~bilingual~~en~leg-cramps~office-worker~athlete~diabetic~pregnant~senior~',
  ].join(''),
)

// Every PDF carries a web link: derive each secret's keys once, not twice a request.
const keysFrom = oncePerKey((secret: string) => ({
  encrypt: Buffer.from(hkdfSync('sha256', secret, '', 'handout-web-link:encrypt', 32)),
  authenticate: Buffer.from(hkdfSync('sha256', secret, '', 'handout-web-link:authenticate', 32)),
}))

// Every PDF carries its id, and the same choices always give the same one: deflating at level 9,
// authenticating and encrypting were a twentieth of a cached request's time on the main thread.
const MAX_KEPT_IDS = 1_000
const idsMadeWith = oncePerKey<object, Map<string, string>>(() => new Map(), new WeakMap())

const tagOf = (payload: Buffer, key: Buffer) => createHmac('sha256', key).update(Buffer.from([FORMAT])).update(payload).digest().subarray(0, TAG_BYTES)

/** AES-CTR with the tag as its counter block: encrypting and decrypting are the same operation. */
const crypt = (bytes: Buffer, key: Buffer, tag: Buffer) => {
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.concat([tag, Buffer.alloc(16 - TAG_BYTES)]))
  return Buffer.concat([cipher.update(bytes), cipher.final()])
}

/**
 * The id in /h/<id>: the choices, compressed, then encrypted and authenticated (a
 * synthetic-IV construction, so the same choices always give the same id and QR code).
 * Opaque: browser history, proxies and logs see no patient group or cause. Authenticated:
 * nobody can point an id at other content. Short: the QR code stays easy to scan.
 */
export function encodeWebId(choices: TWebChoices, keys: TWebLinkKeys): string {
  const { topic, group, causes, extras, language, length, contentVersion, contact } = ZWebChoices.parse(choices)
  const fields = [topic, group, causes.join(ITEM), extras.join(ITEM), language, LENGTH_LETTERS[length], ...(contact ? [contact.toString(36)] : [])].join(FIELD)
  const key = keysFrom(keys[0])
  const ids = idsMadeWith(key)
  const kept = ids.get(contentVersion + fields)
  if (kept) return kept
  const payload = Buffer.concat([Buffer.from(contentVersion, 'hex'), deflateRawSync(Buffer.from(fields), { dictionary: DICTIONARY, level: 9 })])
  const tag = tagOf(payload, key.authenticate)
  const id = Buffer.concat([Buffer.from([FORMAT]), tag, crypt(payload, key.encrypt, tag)]).toString('base64url')
  if (ids.size >= MAX_KEPT_IDS) ids.clear()
  ids.set(contentVersion + fields, id)
  return id
}

/** The choices of a genuine id made with any of the keys, or undefined for anything forged, altered or malformed. */
export function decodeWebId(id: string, keys: TWebLinkKeys): TWebChoices | undefined {
  if (id.length > MAX_ID_LENGTH || !/^[\w-]+$/.test(id)) return undefined
  const bytes = Buffer.from(id, 'base64url')
  if (bytes[0] !== FORMAT || bytes.length <= 1 + TAG_BYTES + VERSION_BYTES) return undefined
  const tag = bytes.subarray(1, 1 + TAG_BYTES)
  for (const secret of keys) {
    const key = keysFrom(secret)
    const payload = crypt(bytes.subarray(1 + TAG_BYTES), key.encrypt, tag)
    if (!timingSafeEqual(tagOf(payload, key.authenticate), tag)) continue
    let fields: string[]
    try {
      // Bounded: a genuine id never inflates to more than a few hundred bytes.
      fields = inflateRawSync(payload.subarray(VERSION_BYTES), { dictionary: DICTIONARY, maxOutputLength: 4096 }).toString('utf8').split(FIELD)
    } catch {
      return undefined
    }
    // Five fields before the printed length, six before the clinic's contact.
    if (fields.length < 5 || fields.length > 7) return undefined
    const [topic, group, causes, extras, language, lengthLetter, contactDigits] = fields
    const list = (value: string | undefined) => (value ? value.split(ITEM) : [])
    const contentVersion = payload.subarray(0, VERSION_BYTES).toString('hex')
    const contact = contactDigits === undefined ? undefined : /^[0-9a-z]{1,10}$/.test(contactDigits) ? parseInt(contactDigits, 36) : Number.NaN
    const parsed = ZWebChoices.safeParse({ topic, group, causes: list(causes), extras: list(extras), language, length: lengthOfLetter(lengthLetter), contentVersion, contact })
    return parsed.success ? parsed.data : undefined
  }
  return undefined
}
