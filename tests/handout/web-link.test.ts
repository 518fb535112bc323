import { describe, expect, it } from 'vitest'
import { makeHandoutHere } from '../support/make-handout-here'
import type { THandout } from '@/lib/handout/assemble'
import { handoutModelOf, webVersionOf } from '@/lib/handout/handout-model'
import { parseEnv } from '@/lib/env'
import { decodeWebId, encodeWebId, type TWebChoices } from '@/lib/handout/web-link'
import { readQrCodes } from '../support/read-qr'

const KEY = 'test-only-secret-0123456789abcdefghijklmnop'
const NEW_KEY = 'a-newer-key-0123456789abcdefghijklmnopqrs'
const CHOICES: TWebChoices = { topic: 'leg-cramps', group: 'pregnant', causes: ['dehydration', 'pregnancy'], extras: [], language: 'en', length: 'short', contentVersion: '0123456789' }
/** CHOICES without a length, sealed with KEY by the code printed before the length choice existed. */
const ID_PRINTED_BEFORE_LENGTHS = 'AXROfUbypf3BXo0KQNUamunBcDFQxUAejvfkEQ'

describe('the address of a handout’s web version', () => {
  it('carries the choices and content version, and reads back only with the right key', () => {
    const id = encodeWebId(CHOICES, [KEY])
    expect(decodeWebId(id, [KEY])).toEqual(CHOICES)
    expect(decodeWebId(id, ['another-secret-0123456789abcdefghijklmnop'])).toBeUndefined()
  })

  it('shows no group or cause to whoever sees the address, and is the same for the same choices', () => {
    const id = encodeWebId(CHOICES, [KEY])
    expect(id).toMatch(/^[\w-]+$/)
    expect(id).not.toMatch(/pregnan|dehydration|leg-cramps|0123456789/)
    expect(encodeWebId(CHOICES, [KEY])).toBe(id)
    expect(encodeWebId({ ...CHOICES, group: 'senior' }, [KEY])).not.toBe(id)
    const changedGuide = encodeWebId({ ...CHOICES, contentVersion: 'abcdef0123' }, [KEY])
    expect(decodeWebId(changedGuide, [KEY])).toEqual({ ...CHOICES, contentVersion: 'abcdef0123' })
    // Short enough for a coarse QR code: compressed against a dictionary of the likely words.
    expect(id.length).toBeLessThanOrEqual(44)
    const unknownWords = encodeWebId({ ...CHOICES, topic: 'back-pain', causes: ['a-cause-added-later'] }, [KEY])
    expect(decodeWebId(unknownWords, [KEY])).toEqual({ ...CHOICES, topic: 'back-pain', causes: ['a-cause-added-later'] })
  })

  it('carries the printed length, and reads a code printed before there was a length choice as the long version', () => {
    const full = encodeWebId({ ...CHOICES, length: 'full' }, [KEY])
    expect(full).not.toBe(encodeWebId(CHOICES, [KEY]))
    expect(decodeWebId(full, [KEY])).toEqual({ ...CHOICES, length: 'full' })
    expect(full.length).toBeLessThanOrEqual(44)
    expect(decodeWebId(ID_PRINTED_BEFORE_LENGTHS, [KEY])).toEqual({ ...CHOICES, length: 'full' })
  })

  it('carries the number of the clinic’s printed name and phone in a few more characters, and reads codes printed before without one', () => {
    const withContact = encodeWebId({ ...CHOICES, contact: 1234 }, [KEY])
    expect(decodeWebId(withContact, [KEY])).toEqual({ ...CHOICES, contact: 1234 })
    expect(withContact.length).toBeLessThanOrEqual(50)
    expect(decodeWebId(encodeWebId(CHOICES, [KEY]), [KEY])!.contact).toBeUndefined()
  })

  it('keeps old printed codes working when the key rotates: new ids use the first key, every listed key still opens', () => {
    const old = encodeWebId(CHOICES, [KEY])
    const rotated = [NEW_KEY, KEY] as const
    expect(decodeWebId(old, rotated)).toEqual(CHOICES)
    const fresh = encodeWebId(CHOICES, rotated)
    expect(fresh).not.toBe(old)
    expect(decodeWebId(fresh, [NEW_KEY])).toEqual(CHOICES)
    expect(decodeWebId(fresh, [KEY])).toBeUndefined()
  })

  it('cannot be forged or altered into other content', () => {
    const id = encodeWebId(CHOICES, [KEY])
    const bytes = Buffer.from(id, 'base64url')
    const flipped = (index: number) => Buffer.from(bytes.map((byte, at) => (at === index ? byte ^ 1 : byte))).toString('base64url')
    for (const attempt of [flipped(0), flipped(bytes.length - 1), flipped(15), id.slice(0, -4), `${id}AA`, '', 'abc', 'x'.repeat(3000), `${id}/../x`, '%2e%2e']) {
      expect(decodeWebId(attempt, [KEY]), attempt.slice(0, 40)).toBeUndefined()
    }
  })

  it('takes its keys from WEB_LINK_KEYS, comma-separated, each long enough', () => {
    expect(parseEnv({ WEB_LINK_KEYS: `${NEW_KEY}, ${KEY}` }).WEB_LINK_KEYS).toEqual([NEW_KEY, KEY])
    expect(() => parseEnv({ WEB_LINK_KEYS: `${NEW_KEY},short` })).toThrow(/WEB_LINK_KEYS.*: each key must be at least 32 characters/)
    expect(() => parseEnv({ WEB_LINK_KEYS: ' , ' })).toThrow(/WEB_LINK_KEYS/)
  })
})

describe('the QR code on the printed handout', () => {
  it('decodes to the web version’s address, which names no patient', async () => {
    const { pdf, handout } = await makeHandoutHere(
      { group: 'athlete', causes: ['muscle-fatigue'], personal: { patientFirstName: 'Philippa', note: 'Private note' } },
      { date: '2026-11-26', webLink: { baseUrl: 'http://127.0.0.1:3000', keys: [KEY] } },
    )
    expect(handout.webUrl).toMatch(/^http:\/\/127\.0\.0\.1:3000\/h\/[\w-]+$/)
    expect(await readQrCodes(pdf)).toEqual([handout.webUrl])
    const choices = decodeWebId(handout.webUrl!.split('/h/')[1]!, [KEY])
    expect(choices).toMatchObject({ group: 'athlete', causes: ['muscle-fatigue'], contentVersion: handout.contentVersion.slice(0, 10) })
    expect(JSON.stringify(choices)).not.toMatch(/Philippa|Private/)
  })
})

describe('the web version', () => {
  const sectionIds = (handout: THandout) => handout.parts.flatMap((part) => part.sections.map((section) => section.id))
  const webLink = { baseUrl: 'http://127.0.0.1:3000', keys: [KEY] as const }
  const choicesOf = (handout: THandout) => decodeWebId(handout.webUrl!.split('/h/')[1]!, [KEY])!

  it('is the complete guide for the printed choices, whatever length was printed', () => {
    const request = { group: 'pregnant', causes: ['pregnancy', 'dehydration'], options: { extras: ['questions'] } }
    const short = handoutModelOf(request, { webLink })
    const full = handoutModelOf({ ...request, options: { ...request.options, length: 'full' } }, { webLink })
    expect(choicesOf(short).length).toBe('short')
    for (const printed of [short, full]) {
      const web = webVersionOf(choicesOf(printed))
      expect(web.handout.length).toBe('full')
      expect(sectionIds(web.handout)).toEqual(sectionIds(full))
      expect(web.handout.personal).toEqual({})
      expect(web.isUpdatedSincePrinted).toBe(false)
    }
    expect(sectionIds(full)).toEqual(expect.arrayContaining(sectionIds(short)))
  })

  it('says the guide changed when the printed version is no longer the current one', () => {
    const printed = handoutModelOf({ group: 'senior' }, { webLink })
    expect(webVersionOf({ ...choicesOf(printed), contentVersion: '0000000000' }).isUpdatedSincePrinted).toBe(true)
  })
})
