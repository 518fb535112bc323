import { z } from 'zod'
import { parseVariables } from '../lib/parse-variables'

const seconds = (fallback: number, most: number) => z.coerce.number().int().min(1).max(most).default(fallback)

const ZBenchSettings = z.object({
  /** Warm renders per corpus entry in-process: issue #6 asks for at least 50. */
  BENCH_WARM_RUNS: z.coerce.number().int().min(50).max(10_000).default(50),
  /** Each HTTP load level of `npm run bench`. */
  BENCH_LOAD_SECONDS: seconds(10, 600),
  /** The mixed soak of `npm run bench:load`. */
  LOAD_SECONDS: seconds(60, 24 * 60 * 60),
  /** Its traffic: a clinic day's mix of pages and PDFs, or PDFs of the whole guide library. */
  LOAD_MIX: z.enum(['day', 'library']).default('day'),
})

/** The bench's knobs from the environment: a bad value stops it, naming the variable, instead of printing NaN. */
export const benchSettings = (source: Record<string, string | undefined> = process.env) => parseVariables(ZBenchSettings, source)
