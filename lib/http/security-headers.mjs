// @ts-check
// Plain JavaScript: instrumentation.ts and the proxy (proxy.ts) import it.
import { subscribe } from 'node:diagnostics_channel'

/**
 * Sent with every response, pages and API routes alike (sendSecurityHeadersWithEveryResponse),
 * and by the proxy with the refusals it answers itself (proxy.ts).
 * @param {boolean} isProduction browsers only honour HSTS over HTTPS, so it is harmless on a local http://localhost
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(isProduction) {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ]
}

/**
 * Puts the security headers on every response as its request arrives, before Next answers:
 * Next's own redirects for `//` and `\\` in a path and its errors are written before the headers
 * of next.config.js apply. Node publishes each request on this documented channel before any
 * 'request' listener runs; a page's Content-Security-Policy is set later by the proxy.
 * Call once, at server start (instrumentation.ts).
 * @param {boolean} isProduction
 */
export function sendSecurityHeadersWithEveryResponse(isProduction) {
  const headers = securityHeaders(isProduction)
  subscribe('http.server.request.start', (message) => {
    const { response } = /** @type {{ response: import('node:http').ServerResponse }} */ (message)
    for (const { key, value } of headers) response.setHeader(key, value)
  })
}
