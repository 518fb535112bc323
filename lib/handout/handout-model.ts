import { topicLibrary } from '../content/load-topic'
import { assembleHandout, type THandout } from './assemble'
import { parseHandoutRequest } from './request'
import { encodeWebId, type TWebChoices, type TWebLinkKeys } from './web-link'

/** Today in the server's time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return now.toLocaleDateString('en-CA')
}

/** Where the web versions live and the keys that seal their ids; `contact`, the clinic's printed name and phone (see lib/data/clinic-contacts). */
export type TWebLink = { baseUrl: string; keys: TWebLinkKeys; contact?: number }

/**
 * From untrusted input to the handout model: validate against the topic, then assemble.
 * With `webLink`, the handout carries the sealed address of its web version; `isTight` leaves
 * out the lines marked ifRoom (see fitToPageBudget). Nothing here renders, so the builder's
 * preview and the server's main thread never load the PDF renderer.
 */
export function handoutModelOf(input: unknown, { date = todayIso(), webLink, isTight }: { date?: string; webLink?: TWebLink; isTight?: boolean } = {}): THandout {
  const { request, topic } = parseHandoutRequest(input, topicLibrary(), { date })
  const handout = assembleHandout(request, topic, { date, isTight })
  return webLink ? withWebUrl(handout, webLink) : handout
}

/** The handout with the sealed address of its web version, which its QR code prints. */
export function withWebUrl(handout: THandout, { baseUrl, keys, contact }: TWebLink): THandout {
  const { topicId, group, causes, extras, language, length, contentVersion } = handout
  const choices = { topic: topicId, group: group.id, causes: causes.map((cause) => cause.id), extras, language, length, contentVersion: contentVersion.slice(0, 10), contact }
  return { ...handout, webUrl: `${baseUrl.replace(/\/$/, '')}/h/${encodeWebId(choices, keys)}` }
}

/**
 * The public web version behind a printed handout's QR code: the complete guide for the same
 * choices, whatever length was printed, and whether the guide changed since the printed one.
 * `contact`, the clinic's name and phone as printed, shows where the paper shows them.
 */
export function webVersionOf(choices: TWebChoices, contact?: { name: string; phone: string }): { handout: THandout; isUpdatedSincePrinted: boolean } {
  const personal = contact ? { clinicName: contact.name, clinicPhone: contact.phone } : {}
  const requestOf = (length: TWebChoices['length']) => ({ topic: choices.topic, group: choices.group, causes: choices.causes, options: { extras: choices.extras, language: choices.language, length }, personal })
  const handout = handoutModelOf(requestOf('full'))
  const printed = choices.length === 'full' ? handout : handoutModelOf(requestOf(choices.length))
  return { handout, isUpdatedSincePrinted: !printed.contentVersion.startsWith(choices.contentVersion) }
}
