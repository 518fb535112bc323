import path from 'node:path'

/**
 * V8 flags for the production server, as `npm run serve` passes them (package.json; a test checks
 * the two agree). Garbage collection on each thread's own time: with two render workers busy on
 * two cores, V8's parallel collector threads only took CPU from them (24 → 29 PDFs/s at 16
 * connections, measured).
 */
export const SERVER_NODE_FLAGS = ['--single-threaded-gc'] as const
export const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next')

/** The command and arguments that serve the built app on a port, as `npm run serve` does. */
export const nextStart = (port: number) => ({
  command: process.execPath,
  args: [...SERVER_NODE_FLAGS, path.join(process.cwd(), NEXT_BIN), 'start', '-p', String(port), '-H', '127.0.0.1'],
})
