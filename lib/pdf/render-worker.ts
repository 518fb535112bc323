import { parentPort } from 'node:worker_threads'
import { createHandout } from '../create-handout'
import type { THandout } from '../handout/assemble'
import { renderHandoutPdf, type TPdfLogo } from './render-handout-pdf'

export type TWorkerRequest = { id: number; kind: 'render'; handout: THandout; logo?: TPdfLogo } | { id: number; kind: 'warm' }
export type TWorkerReply = { id: number; pdf: Uint8Array; pageCount: number } | { id: number; error: string }

const port = parentPort
if (!port) throw new Error('render-worker must run in a worker thread')

port.on('message', async (message: TWorkerRequest) => {
  try {
    const { pdf, pageCount } =
      message.kind === 'warm'
        ? await createHandout({ group: 'senior', causes: ['dehydration', 'medications'], options: { extras: ['comparison-restless-legs'] } })
        : await renderHandoutPdf(message.handout, { logo: message.logo })
    // A copy that owns its memory, so it can be transferred rather than cloned.
    const bytes = new Uint8Array(pdf)
    port.postMessage({ id: message.id, pdf: bytes, pageCount } satisfies TWorkerReply, [bytes.buffer])
  } catch (error) {
    port.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies TWorkerReply)
  }
})
