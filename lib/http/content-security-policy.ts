/**
 * The Content Security Policy for every page: scripts only with this response's nonce (Next
 * puts it on its own scripts), nothing from other sites, never framed. Development adds
 * 'unsafe-eval' for React's dev tools.
 */
export function contentSecurityPolicy(nonce: string, { isDevelopment }: { isDevelopment: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    // 'unsafe-inline' stays (issue 20, item 12): server-rendered style props (the usage bars) and Next's prerendered error page are style attributes and <style>, which no nonce covers.
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
