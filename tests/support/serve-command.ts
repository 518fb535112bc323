import path from 'node:path'

/**
 * V8 flags for the production server, as `npm run serve` passes them (package.json; a test checks
 * the two agree). Measured at 16 connections on 2 cores:
 * - garbage collection on each thread's own time: with two render workers busy on two cores,
 *   V8's parallel collector threads only took CPU from them (24 → 29 PDFs/s);
 * - no pretenuring: half-way through a render most of what it has built is still alive, so V8
 *   decided those objects live long and allocated them straight in the old generation, which
 *   then grew 5 MB a render and was collected every few renders, 60 ms each time. Without it:
 *   31.8 → 34.3 PDFs/s, p99 637 → 558 ms, and one at a time p95 94 → 66 ms;
 * - old generations that grow by a fifth between full collections, where V8 lets a heap that
 *   collects quickly grow up to fourfold: peak RSS at 16 connections 393-405 → 356-363 MB over
 *   four to six alternating runs each, at 48 PDFs/s either way (49.3 and 48.2 on average).
 */
export const SERVER_GC_FLAGS = ['--single-threaded-gc', '--no-allocation-site-pretenuring', '--heap-growing-percent=20'] as const
/**
 * The main thread's young generation: 2 × 4 MB instead of V8's 2 × 16 MB, which a busy server
 * grew to. The main thread's objects live for a request, not a render; more frequent, smaller
 * collections cost it little, and peak RSS at 16 connections fell by about 30 MB (measured
 * 378-394 MB against 419-436 on the same day; 2 MB gave 366). The render pool clears the flag
 * before it starts a worker, so each worker keeps its own (lib/pdf/render-pool.ts).
 */
export const MAIN_THREAD_YOUNG_GENERATION_FLAG = '--max-semi-space-size=4'
export const SERVER_NODE_FLAGS = [MAIN_THREAD_YOUNG_GENERATION_FLAG, ...SERVER_GC_FLAGS] as const
/**
 * The server's environment, as `npm run serve` sets it. Production mode, which `next start`
 * would set itself. Two malloc arenas instead of glibc's
 * default of eight per core: each render worker's compiler peaks near 32 MB of malloc'd memory,
 * which glibc then kept in that thread's arena (peak RSS at 16 connections 482 → 454 MB).
 */
export const SERVER_PROCESS_ENV = { NODE_ENV: 'production', MALLOC_ARENA_MAX: '2' } as const
/** The production server's entry: server.ts, bundled by `npm run build:server`. */
export const SERVER_ENTRY = path.join('dist', 'server.mjs')

/** The command, arguments and environment that serve the built app on a local port, as `npm run serve` does. */
export const serveCommand = (port: number) => ({
  command: process.execPath,
  args: [...SERVER_NODE_FLAGS, path.join(process.cwd(), SERVER_ENTRY)],
  env: { ...SERVER_PROCESS_ENV, PORT: String(port), HOST: '127.0.0.1' },
})
