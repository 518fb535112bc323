// Next runs register() once when the server starts, before it takes requests: a bad
// environment stops it here; every request gets its client address and security headers from
// here on, and the PDF workers are started and warmed here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  let env: typeof import('./lib/env').env
  try {
    env = (await import('./lib/env')).env
  } catch (error) {
    // Next would log the failed hook and go on serving, every request an error: stop, saying why.
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { stampClientAddresses } = await import('./lib/auth/client-address')
  const { sendSecurityHeadersWithEveryResponse } = await import('./lib/http/security-headers.mjs')
  stampClientAddresses(env.TRUST_PROXY_HOPS)
  sendSecurityHeadersWithEveryResponse(process.env.NODE_ENV === 'production')
  const { startServerRenderer } = await import('./lib/handouts/server-renderer')
  await startServerRenderer()
  // `next start` listens before this hook runs and holds requests until it returns.
  const where = env.NEXTAUTH_URL === `http://localhost:${env.PORT}` ? '' : ` (listening on port ${env.PORT})`
  console.log(`Handout Builder is ready at ${env.NEXTAUTH_URL}${where}`)
}
