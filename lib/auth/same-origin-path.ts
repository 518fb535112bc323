/** Where a sign-in goes when the asked-for place is missing or not ours. */
export const DEFAULT_AFTER_SIGN_IN = '/handouts/new'

const MAX_LENGTH = 2048
// A browser drops tabs and newlines from a URL and reads a backslash as a slash, so `/\t/x` and `/\x` both become `//x`: another host.
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f\\]/
const MAX_DECODINGS = 4

/** The value and each layer of its percent-decoding, or undefined if a layer does not decode. */
function decodings(value: string): string[] | undefined {
  const layers = [value]
  for (let index = 0; index < MAX_DECODINGS; index++) {
    let decoded: string
    try {
      decoded = decodeURIComponent(layers.at(-1)!)
    } catch {
      return undefined
    }
    if (decoded === layers.at(-1)) return layers
    layers.push(decoded)
  }
  // Still changing after this many decodings: nobody types that by accident.
  return undefined
}

/** A path on this site in every layer: one slash, then not a second slash or a backslash, no control characters. */
const isPlainPath = (layer: string) => layer.startsWith('/') && !layer.startsWith('//') && !UNSAFE_CHARACTER.test(layer)

/**
 * The same-origin path (with query and fragment) that `value` names, or undefined when it names
 * anything else. The one check for every redirect target that comes from a request: a sign-in's
 * `callbackUrl`, next-auth's redirect callback. Accepts a path (`/templates?q=x`) or an absolute
 * URL on `origin`; refuses other hosts, protocol-relative `//host`, backslashes, tabs and other
 * control characters, however many times they are percent-encoded, and paths that a URL parser
 * would turn into `//host` (`/.//host`). @see issue 20, item 4
 */
export function toSameOriginPath(value: unknown, origin: string): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return undefined
  const own = new URL(origin).origin
  let path = value
  if (!value.startsWith('/')) {
    if (!URL.canParse(value)) return undefined
    const absolute = new URL(value)
    if (absolute.origin !== own || UNSAFE_CHARACTER.test(value)) return undefined
    path = `${absolute.pathname}${absolute.search}${absolute.hash}`
  }
  const layers = decodings(path)
  if (!layers?.every(isPlainPath)) return undefined
  // As a browser would resolve it, so that what is checked is what is followed.
  const resolved = new URL(path, own)
  const normalized = `${resolved.pathname}${resolved.search}${resolved.hash}`
  if (resolved.origin !== own || !decodings(normalized)?.every(isPlainPath)) return undefined
  return normalized
}

/** `toSameOriginPath`, or the builder when the value is missing or not ours. */
export function safeRedirectPath(value: unknown, origin: string): string {
  return toSameOriginPath(value, origin) ?? DEFAULT_AFTER_SIGN_IN
}
