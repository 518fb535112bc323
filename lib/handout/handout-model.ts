import { topicLibrary } from '../content/load-topic'
import { assembleHandout, type THandout } from './assemble'
import { parseHandoutRequest } from './request'
import { encodeWebId, type TWebChoices, type TWebLinkKeys } from './web-link'

/** Today in the server's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return now.toLocaleDateString('en-CA')
}

export type TWebLink = { baseUrl: string; keys: TWebLinkKeys }

/**
 * From untrusted input to the handout model: validate against the topic, then assemble.
 * With `webLink`, the handout carries the sealed address of its web version; `isTight` leaves
 * out the lines marked ifRoom (see fitToPageBudget). Nothing here renders, so the builder's
 * preview and the server's main thread never load the PDF renderer.
 */
export function handoutModelOf(input: unknown, { date = todayIso(), webLink, isTight }: { date?: string; webLink?: TWebLink; isTight?: boolean } = {}): THandout {
  const { request, topic } = parseHandoutRequest(input, topicLibrary(), { date })
  const handout = assembleHandout(request, topic, { date, isTight })
  if (!webLink) return handout
  const { topicId, group, causes, language, length, contentVersion } = handout
  const choices = { topic: topicId, group: group.id, causes: causes.map((cause) => cause.id), extras: request.options.extras, language, length, contentVersion: contentVersion.slice(0, 10) }
  const id = encodeWebId(choices, webLink.keys)
  return { ...handout, webUrl: `${webLink.baseUrl.replace(/\/$/, '')}/h/${id}` }
}

/**
 * The public web version behind a printed handout's QR code: the complete guide for the same
 * choices, whatever length was printed, and whether the guide changed since the printed one.
 */
export function webVersionOf(choices: TWebChoices): { handout: THandout; isUpdatedSincePrinted: boolean } {
  const requestOf = (length: TWebChoices['length']) => ({ topic: choices.topic, group: choices.group, causes: choices.causes, options: { extras: choices.extras, language: choices.language, length } })
  const handout = handoutModelOf(requestOf('full'))
  const printed = choices.length === 'full' ? handout : handoutModelOf(requestOf(choices.length))
  return { handout, isUpdatedSincePrinted: !printed.contentVersion.startsWith(choices.contentVersion) }
}
