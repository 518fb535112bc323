import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import { isIP } from 'node:net'
import type { Socket } from 'node:net'

export const UNKNOWN_ADDRESS = 'unknown'

/** The header that carries the client's address from the socket to the app; whatever a client sends in it is overwritten. */
export const CLIENT_ADDRESS_HEADER = 'x-handout-client-address'

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client: a dual-stack socket reports IPv4 peers in the first form. */
function normalAddress(value: string | undefined): string | undefined {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  return address && isIP(address) ? address.toLowerCase() : undefined
}

/**
 * Who is asking, for per-address sign-in limits. @see issue 20, item 5
 *
 * No proxy in front (`trustedHops` 0): the socket's peer; X-Forwarded-For is only what the client
 * claims and is never read. Behind `trustedHops` proxies, each appended the address it was talking
 * to, so the client is the entry `trustedHops` from the right; entries further left are whatever
 * the client claimed and are never used. Fewer entries than hops: the leftmost there is; no header
 * at all: the request did not come through the proxies, and the peer is the client. An entry that
 * is not an IP address (a misconfigured proxy) counts as unknown, so one client cannot make itself many.
 */
export function clientAddressOf({ forwardedFor, peer, trustedHops }: { forwardedFor: string | string[] | undefined; peer: string | undefined; trustedHops: number }): string {
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').filter((entry) => entry.trim() !== '')
  const claimed = trustedHops === 0 || entries.length === 0 ? peer : entries[Math.max(0, entries.length - trustedHops)]
  return normalAddress(claimed) ?? UNKNOWN_ADDRESS
}

/**
 * Writes each request's client address into CLIENT_ADDRESS_HEADER as it arrives, from the socket
 * the app otherwise never sees: `next start` hands on a client's own X-Forwarded-For and fills it
 * from the socket only when absent (`??=`, node_modules/next/dist/server/base-server.js). Node
 * publishes every request on this documented channel before any 'request' listener runs, so the
 * value is set before Next reads the headers. Call once, at server start, before requests.
 */
export function stampClientAddresses(trustedHops: number): void {
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({ forwardedFor: request.headers['x-forwarded-for'], peer: socket.remoteAddress, trustedHops })
  })
}

/** The address stamped on a request; unknown (one shared address) when it was not stamped, as in a request made outside the server. */
export function stampedClientAddress(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_ADDRESS_HEADER]
  return (typeof value === 'string' && normalAddress(value)) || UNKNOWN_ADDRESS
}
