import { describe, expect, it } from 'vitest'
import { PdfCache } from '../src/pdf-cache'
import { HANDOUTS, handoutNamed } from './support/handouts'

const handout = (name = HANDOUTS[0]!.name) => handoutNamed(name)
const pdf = (bytes: number) => ({ bytes: new Uint8Array(bytes), pageCount: 1 })
const logo = (fill: number) => ({ data: new Uint8Array(1024).fill(fill), mimeType: 'image/png' as const })

describe('the PDF cache', () => {
  it('keys identical requests alike and any difference apart, logo bytes included', () => {
    expect(PdfCache.keyOf(handout())).toBe(PdfCache.keyOf(handout()))
    expect(PdfCache.keyOf(handout())).not.toBe(PdfCache.keyOf(handout(HANDOUTS[1]!.name)))
    expect(PdfCache.keyOf(handout(), logo(1))).toBe(PdfCache.keyOf(handout(), logo(1)))
    expect(PdfCache.keyOf(handout(), logo(1))).not.toBe(PdfCache.keyOf(handout(), logo(2)))
    expect(PdfCache.keyOf(handout(), logo(1))).not.toBe(PdfCache.keyOf(handout()))
  })

  it('never takes a handout with a patient name or a note', () => {
    const personal = handout().personal
    expect(PdfCache.isCacheable(handout())).toBe(true)
    expect(PdfCache.isCacheable({ ...handout(), personal: { ...personal, patientFirstName: 'Rosa' } })).toBe(false)
    expect(PdfCache.isCacheable({ ...handout(), personal: { ...personal, note: 'Drink water.' } })).toBe(false)
  })

  it('stays within its bytes, letting the least recently used go first', () => {
    const cache = new PdfCache(300)
    cache.set('a', pdf(100))
    cache.set('b', pdf(100))
    cache.set('c', pdf(100))
    cache.get('a')
    cache.set('d', pdf(100))
    expect(cache.get('b')).toBeUndefined()
    expect(['a', 'c', 'd'].map((key) => cache.get(key)?.bytes.length)).toEqual([100, 100, 100])
    expect(cache.size).toEqual({ entries: 3, bytes: 300 })
    cache.set('huge', pdf(301))
    expect(cache.get('huge')).toBeUndefined()
  })
})
