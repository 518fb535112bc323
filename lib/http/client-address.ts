import { isIP } from 'node:net'
import type { IncomingMessage } from 'node:http'

/**
 * The client's address as the production server worked it out, for per-address sign-in limits.
 * The server sets it on every request, replacing whatever a client sent under this name, so
 * code behind it (next-auth's authorize) can trust it. @see issue 20, item 5
 */
export const CLIENT_ADDRESS_HEADER = 'x-handout-client-address'

export const UNKNOWN_ADDRESS = 'unknown'

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client: a dual-stack socket reports IPv4 peers in the first form. */
function normalAddress(value: string | undefined): string | undefined {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  return address && isIP(address) ? address.toLowerCase() : undefined
}

/**
 * Who is asking: the socket's peer, unless the app sits behind `trustedHops` proxies. Then each
 * proxy appended the address it was talking to, so the client is the entry `trustedHops` from
 * the right of X-Forwarded-For counting the socket as the last one; entries further left are
 * whatever the client claimed and are never used. Fewer entries than hops: the leftmost there
 * is. An entry that is not an IP address (a misconfigured proxy) counts as the socket's peer, so
 * one client cannot make itself many.
 */
export function clientAddressOf({ socketAddress, forwardedFor, trustedHops }: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; trustedHops: number }): string {
  const peer = normalAddress(socketAddress) ?? UNKNOWN_ADDRESS
  if (trustedHops === 0) return peer
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '')).split(',').filter((entry) => entry.trim() !== '')
  const chain = [...forwarded, socketAddress]
  const entry = chain[Math.max(0, chain.length - 1 - trustedHops)]
  return normalAddress(entry) ?? peer
}

/** Sets the client's address on a Node request before anything else reads it (lib/http/production-server.ts). */
export function markClientAddress(request: IncomingMessage, trustedHops: number): void {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers['x-forwarded-for'], trustedHops })
}

/** The address the server set, from next-auth's copy of the request headers; unknown without the production server (`next dev`). */
export function clientAddressFromHeaders(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_ADDRESS_HEADER]
  return (typeof value === 'string' && normalAddress(value)) || UNKNOWN_ADDRESS
}
