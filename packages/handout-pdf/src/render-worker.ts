import { parentPort } from 'node:worker_threads'
import type { TPrintedHandout } from './handout-model'
import { renderHandoutPdf, type TPdfLogo } from './render-handout-pdf'

// The worker renders only: the handout comes prepared, so the content library and its parsers
// (about 15 MB a worker) stay on the main thread, which has them anyway.
export type TWorkerRequest = { id: number; handout: TPrintedHandout; logo?: TPdfLogo }
export type TWorkerReply = { id: number; pdf: Uint8Array; pageCount: number } | { id: number; error: string }

const port = parentPort
if (!port) throw new Error('render-worker must run in a worker thread')

port.on('message', async (message: TWorkerRequest) => {
  try {
    const { bytes: pdf, pageCount } = await renderHandoutPdf(message.handout, { logo: message.logo })
    // A copy that owns its memory, so it can be transferred rather than cloned.
    const bytes = new Uint8Array(pdf)
    port.postMessage({ id: message.id, pdf: bytes, pageCount } satisfies TWorkerReply, [bytes.buffer])
  } catch (error) {
    port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies TWorkerReply)
  }
})
