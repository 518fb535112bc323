/**
 * Refuses a state-changing request that a browser sent from another site: Fetch Metadata says
 * so, or its Origin names a host other than the one it was sent to (Host, or X-Forwarded-Host
 * behind a proxy) and other than the public address. So the app answers on every address it
 * is opened at (localhost and 127.0.0.1 alike), as Next itself does for server actions.
 * Requests without an Origin (scripts, curl) cannot carry a victim's cookies from another site,
 * so they pass.
 */
export function isCrossSiteRequest(request: Request, publicOrigin: string): boolean {
  const { headers } = request
  if (headers.get('sec-fetch-site') === 'cross-site') return true
  const origin = headers.get('origin')
  if (origin === null) return false
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return true // "null", from a sandboxed frame or a redirect across sites
  }
  const ownHosts = [headers.get('host'), headers.get('x-forwarded-host')?.split(',')[0]?.trim(), new URL(publicOrigin).host]
  return host === '' || !ownHosts.includes(host)
}

export const crossSiteRefused = () => Response.json({ error: 'Requests from other sites are refused.' }, { status: 403 })
