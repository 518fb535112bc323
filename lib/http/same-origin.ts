/**
 * Refuses a state-changing request that a browser sent from another site. Requests without
 * an Origin (scripts, curl) cannot carry a victim's cookies from another site, so they pass.
 */
export function isCrossSiteRequest(request: Request, allowedOrigin: string): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true
  const origin = request.headers.get('origin')
  if (!origin) return false
  const own = new URL(request.url).origin
  return origin !== own && origin !== new URL(allowedOrigin).origin
}

export const crossSiteRefused = () => Response.json({ error: 'Requests from other sites are refused.' }, { status: 403 })
