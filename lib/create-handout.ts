import { topicLibrary } from './content/load-topic'
import { assembleHandout, type THandout } from './handout/assemble'
import { parseHandoutRequest } from './handout/request'
import { encodeWebId, type TWebLinkKeys } from './handout/web-link'
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

export type TWebLink = { baseUrl: string; keys: TWebLinkKeys }

/**
 * From untrusted input to the handout model: validate against the topic, then assemble.
 * With `webLink`, the handout carries the sealed address of its web version.
 */
export function prepareHandout(input: unknown, { date = todayIso(), webLink }: { date?: string; webLink?: TWebLink } = {}): THandout {
  const { request, topic } = parseHandoutRequest(input, topicLibrary())
  const handout = assembleHandout(request, topic, { date })
  if (!webLink) return handout
  const { topicId, group, causes, language, contentVersion } = handout
  const choices = { topic: topicId, group: group.id, causes: causes.map((cause) => cause.id), extras: request.options.extras, language, contentVersion: contentVersion.slice(0, 10) }
  const id = encodeWebId(choices, webLink.keys)
  return { ...handout, webUrl: `${webLink.baseUrl.replace(/\/$/, '')}/h/${id}` }
}

/**
 * From untrusted input to PDF bytes. Throws an `invalid_input` AppError naming each bad
 * field. The CLI, the preview and the PDF route all go through here.
 */
export async function createHandout(input: unknown, options: { date?: string; logo?: TPdfLogo; webLink?: TWebLink } = {}): Promise<TCreatedHandout> {
  const handout = prepareHandout(input, options)
  const started = performance.now()
  const { pdf, pageCount } = await renderHandoutPdf(handout, { logo: options.logo })
  return { handout, pdf, pageCount, renderMs: performance.now() - started }
}
