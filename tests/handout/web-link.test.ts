import { describe, expect, it } from 'vitest'
import { createHandout } from '@/lib/create-handout'
import { decodeWebId, encodeWebId, type TWebChoices } from '@/lib/handout/web-link'
import { readQrCodes } from '../support/read-qr'

const SECRET = 'test-only-secret-0123456789abcdefghijklmnop'
const CHOICES: TWebChoices = { topic: 'leg-cramps', group: 'senior', causes: ['dehydration'], extras: [], language: 'en', contentVersion: '0123456789' }

describe('the address of a handout’s web version', () => {
  it('carries the choices and content version, and reads back only with the right key', () => {
    const id = encodeWebId(CHOICES, SECRET)
    expect(decodeWebId(id, SECRET)).toEqual(CHOICES)
    expect(decodeWebId(id, 'another-secret-0123456789abcdefghijklmnop')).toBeUndefined()
  })

  it('cannot be forged into other content', () => {
    const id = encodeWebId(CHOICES, SECRET)
    const signature = id.slice(id.lastIndexOf('~') + 1)
    const forged = id.replace('~senior~', '~pregnant~')
    for (const attempt of [forged, `${id.slice(0, -2)}AA`, id.slice(0, id.lastIndexOf('~')), `${id}~x`, '', 'a~b', `${'x'.repeat(3000)}~${signature}`]) {
      expect(decodeWebId(attempt, SECRET), attempt.slice(0, 40)).toBeUndefined()
    }
  })
})

describe('the QR code on the printed handout', () => {
  it('decodes to the web version’s address, which names no patient', async () => {
    const { pdf, handout } = await createHandout(
      { group: 'athlete', causes: ['muscle-fatigue'], personal: { patientFirstName: 'Philippa', note: 'Private note' } },
      { date: '2026-11-26', webLink: { baseUrl: 'http://127.0.0.1:3000', secret: SECRET } },
    )
    expect(handout.webUrl).toMatch(/^http:\/\/127\.0\.0\.1:3000\/h\/leg-cramps~athlete~muscle-fatigue~~en~[0-9a-f]{10}~[\w-]{16}$/)
    expect(await readQrCodes(pdf)).toEqual([handout.webUrl])
    const choices = decodeWebId(handout.webUrl!.split('/h/')[1]!, SECRET)
    expect(choices).toMatchObject({ group: 'athlete', causes: ['muscle-fatigue'], contentVersion: handout.contentVersion.slice(0, 10) })
    expect(JSON.stringify(choices)).not.toMatch(/Philippa|Private/)
  })
})
