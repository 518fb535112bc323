import { listTopicIds, loadTopic } from './content/load-topic'
import { assembleHandout, type THandout } from './handout/assemble'
import { parseHandoutRequest } from './handout/request'
import { renderHandoutPdf } from './pdf/render-handout-pdf'

export type TCreatedHandout = {
  handout: THandout
  pdf: Buffer
  pageCount: number
  renderMs: number
}

/** Today in the server's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return now.toLocaleDateString('en-CA')
}

/**
 * From untrusted input to PDF bytes: validate against the topic, assemble, render.
 * Throws an `invalid_input` AppError naming each bad field. The CLI and the web app both call this.
 */
export async function createHandout(input: unknown, { date = todayIso() }: { date?: string } = {}): Promise<TCreatedHandout> {
  const { request, topic } = parseHandoutRequest(input, { ids: listTopicIds(), load: loadTopic })
  const handout = assembleHandout(request, topic, { date })
  const started = performance.now()
  const { pdf, pageCount } = await renderHandoutPdf(handout)
  return { handout, pdf, pageCount, renderMs: performance.now() - started }
}
