// @ts-check
// Plain JavaScript: next.config.js imports it as well as the proxy (proxy.ts).

/**
 * Sent with every response, pages and API routes alike: by Next (next.config.js) and by the
 * proxy with the refusals it answers itself (proxy.ts).
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
