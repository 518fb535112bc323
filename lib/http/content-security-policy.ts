/**
 * The Content Security Policy for every page: scripts only with this response's nonce (Next
 * puts it on its own scripts), nothing from other sites, never framed. Styles may be inline:
 * React sets style attributes. Development adds 'unsafe-eval' for React's dev tools.
 */
export function contentSecurityPolicy(nonce: string, { isDevelopment }: { isDevelopment: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The Print button opens the PDF in a frame from a blob: address.
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
