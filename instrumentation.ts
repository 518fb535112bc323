// Next runs register() once when the server starts, before it takes requests: a bad
// environment stops it here, and the PDF workers are started and warmed here.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  await import('./lib/env')
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { startServerRenderer } = await import('./lib/pdf/server-renderer')
  await startServerRenderer()
}
