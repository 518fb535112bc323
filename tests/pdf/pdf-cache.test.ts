import { describe, expect, it } from 'vitest'
import { CORPUS } from '@/tests/support/corpus'
import { handoutModelOf } from '@/lib/handout/handout-model'
import { PdfCache } from '@/lib/pdf/pdf-cache'

const DATE = '2026-11-26'
const handout = (request = CORPUS[0]!.request) => handoutModelOf(request, { date: DATE })
const pdf = (bytes: number) => ({ pdf: Buffer.alloc(bytes), pageCount: 1 })
const logo = (fill: number) => ({ data: new Uint8Array(1024).fill(fill), mimeType: 'image/png' as const })

describe('the PDF cache', () => {
  it('keys identical requests alike and any difference apart, logo bytes included', () => {
    expect(PdfCache.keyOf(handout())).toBe(PdfCache.keyOf(handout()))
    expect(PdfCache.keyOf(handout())).not.toBe(PdfCache.keyOf(handout(CORPUS[1]!.request)))
    expect(PdfCache.keyOf(handout(), logo(1))).toBe(PdfCache.keyOf(handout(), logo(1)))
    expect(PdfCache.keyOf(handout(), logo(1))).not.toBe(PdfCache.keyOf(handout(), logo(2)))
    expect(PdfCache.keyOf(handout(), logo(1))).not.toBe(PdfCache.keyOf(handout()))
  })

  it('never takes a handout with a patient name or a note', () => {
    const personal = CORPUS[0]!.request.personal
    expect(PdfCache.isCacheable(handout())).toBe(true)
    expect(PdfCache.isCacheable(handout({ ...CORPUS[0]!.request, personal: { ...personal, patientFirstName: 'Rosa' } }))).toBe(false)
    expect(PdfCache.isCacheable(handout({ ...CORPUS[0]!.request, personal: { ...personal, note: 'Drink water.' } }))).toBe(false)
  })

  it('stays within its bytes, letting the least recently used go first', () => {
    const cache = new PdfCache(300)
    cache.set('a', pdf(100))
    cache.set('b', pdf(100))
    cache.set('c', pdf(100))
    cache.get('a')
    cache.set('d', pdf(100))
    expect(cache.get('b')).toBeUndefined()
    expect(['a', 'c', 'd'].map((key) => cache.get(key)?.pdf.length)).toEqual([100, 100, 100])
    expect(cache.size).toEqual({ entries: 3, bytes: 300 })
    cache.set('huge', pdf(301))
    expect(cache.get('huge')).toBeUndefined()
  })
})
