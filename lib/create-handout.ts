import { listTopicIds, loadTopic } from './content/load-topic'
import { assembleHandout, type THandout } from './handout/assemble'
import { parseHandoutRequest } from './handout/request'
import { renderHandoutPdf, type TPdfLogo } from './pdf/render-handout-pdf'

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

/** From untrusted input to the handout model: validate against the topic, then assemble. */
export function prepareHandout(input: unknown, { date = todayIso() }: { date?: string } = {}): THandout {
  const { request, topic } = parseHandoutRequest(input, { ids: listTopicIds(), load: loadTopic })
  return assembleHandout(request, topic, { date })
}

/**
 * From untrusted input to PDF bytes. Throws an `invalid_input` AppError naming each bad
 * field. The CLI, the preview and the PDF route all go through here.
 */
export async function createHandout(input: unknown, options: { date?: string; logo?: TPdfLogo } = {}): Promise<TCreatedHandout> {
  const handout = prepareHandout(input, options)
  const started = performance.now()
  const { pdf, pageCount } = await renderHandoutPdf(handout, { logo: options.logo })
  return { handout, pdf, pageCount, renderMs: performance.now() - started }
}
