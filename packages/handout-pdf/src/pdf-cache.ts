import { createHash } from 'node:crypto'
import type { TPrintedHandout as THandout } from './handout-model'
import type { TPdfLogo, TRenderedPdf } from './render-handout-pdf'

// The logo object is the clinic's cached copy (get-clinic-logo.ts): hash its megabyte once, not per request.
const digests = new WeakMap<Uint8Array, string>()
const digestOf = (data: Uint8Array) => digests.get(data) ?? digests.set(data, createHash('sha256').update(data).digest('hex')).get(data)!

/**
 * Rendered PDFs of identical requests, in memory only and bounded in bytes, least recently
 * used first out. Only handouts without a patient's name or a note may enter, so nothing
 * about a patient is ever held here.
 */
export class PdfCache {
  private readonly entries = new Map<string, TRenderedPdf>()
  private bytes = 0

  constructor(private readonly maxBytes = 32 * 1024 * 1024) {}

  static isCacheable(handout: THandout): boolean {
    return !handout.personal.patientFirstName && !handout.personal.note
  }

  /** Everything that decides the bytes: the whole handout model (choices, language, parts, day, clinic details, web link) and the logo. */
  static keyOf(handout: THandout, logo?: TPdfLogo): string {
    const hash = createHash('sha256').update(JSON.stringify(handout))
    if (logo) hash.update(digestOf(logo.data))
    return hash.digest('hex')
  }

  get(key: string): TRenderedPdf | undefined {
    const entry = this.entries.get(key)
    if (entry) {
      this.entries.delete(key)
      this.entries.set(key, entry)
    }
    return entry
  }

  set(key: string, value: TRenderedPdf): void {
    if (value.bytes.length > this.maxBytes) return
    const old = this.entries.get(key)
    if (old) this.bytes -= old.bytes.length
    this.entries.set(key, value)
    this.bytes += value.bytes.length
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldestKey)
      this.bytes -= oldest.bytes.length
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes }
  }
}
