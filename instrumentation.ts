// Next runs register() once when the server starts: a bad environment stops it there.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./lib/env')
}
