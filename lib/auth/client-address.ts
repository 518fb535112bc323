import { isIP } from 'node:net'

export const UNKNOWN_ADDRESS = 'unknown'

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client: a dual-stack socket reports IPv4 peers in the first form. */
function normalAddress(value: string | undefined): string | undefined {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  return address && isIP(address) ? address.toLowerCase() : undefined
}

/**
 * Who is asking, for per-address sign-in limits, from X-Forwarded-For as `next start` hands it
 * on: the client's own header when it sent one, else the socket's peer, which Next writes there
 * (`??=`, node_modules/next/dist/server/base-server.js; it never appends). @see issue 20, item 5
 *
 * No proxy in front (`trustedHops` 0): the header is Next's one entry, the socket's peer; a list
 * can only be a client's own and counts as unknown (one shared address). A client that sends a
 * single made-up entry cannot be told apart: Next gives the app no other way to the socket (README).
 * Behind `trustedHops` proxies, each appended the address it was talking to, so the client is the
 * entry `trustedHops` from the right; entries further left are whatever the client claimed and
 * are never used. Fewer entries than hops: the leftmost there is. An entry that is not an IP
 * address (a misconfigured proxy) counts as unknown, so one client cannot make itself many.
 */
export function clientAddressOf({ forwardedFor, trustedHops }: { forwardedFor: string | string[] | null | undefined; trustedHops: number }): string {
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').filter((entry) => entry.trim() !== '')
  if (trustedHops === 0) return entries.length === 1 ? (normalAddress(entries[0]) ?? UNKNOWN_ADDRESS) : UNKNOWN_ADDRESS
  return normalAddress(entries[Math.max(0, entries.length - trustedHops)]) ?? UNKNOWN_ADDRESS
}
