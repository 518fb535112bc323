/** Vitest's global setup for the package: worker threads load the built worker (dist/), so build it from today's sources first. */
export default async function buildFirst() {
  await import('../../build.mjs')
}
