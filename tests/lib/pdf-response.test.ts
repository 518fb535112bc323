import { describe, expect, it } from 'vitest'
import { pdfResponse } from '@/lib/http/handout-responses'
import { handoutModelOf } from '@/lib/handout/handout-model'

describe('the PDF response', () => {
  const handout = handoutModelOf({ group: 'senior', causes: ['dehydration'] }, { date: '2026-11-26' })

  it('sends the bytes of a PDF held in the cache and leaves the cached copy whole, however the body is read', async () => {
    const pool = Buffer.alloc(64, 0x20)
    const pdf = pool.subarray(8, 40).fill(0x41)
    const response = pdfResponse(handout, pdf)
    pdf[0] = 0x42
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('A'.repeat(32))
    expect(pdf.toString()).toBe(`B${'A'.repeat(31)}`)
    expect(pool.byteLength).toBe(64)
  })

  it('names the file after the topic, group and date, and is never cached by the browser', () => {
    const response = pdfResponse(handout, Buffer.from('%PDF'))
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="leg-cramps-senior-2026-11-26.pdf"')
    expect(response.headers.get('content-length')).toBe('4')
    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
