import { createHash } from 'node:crypto'
import { LRUCache } from 'lru-cache'
import type { TPrintedHandout } from './handout-model'
import type { TPdfLogo, TRenderedPdf } from './render-handout-pdf'

/** Only handouts without a patient's name or a note may be kept, so nothing about a patient ever is. */
export const isCacheable = (handout: TPrintedHandout): boolean => !handout.personal.patientFirstName && !handout.personal.note

/** Everything that decides the bytes: the whole printed handout and the logo. */
export function cacheKeyOf(handout: TPrintedHandout, logo?: TPdfLogo): string {
  const hash = createHash('sha256').update(JSON.stringify(handout))
  if (logo) hash.update(logo.mimeType).update(logo.data)
  return hash.digest('hex')
}

/** PDFs of identical handouts, in memory only, bounded in bytes, the least recently used let go first. */
export const createPdfCache = (maxBytes: number) => new LRUCache<string, TRenderedPdf>({ maxSize: maxBytes, sizeCalculation: (pdf) => pdf.bytes.length })
