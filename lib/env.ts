import { z } from 'zod'

/**
 * The only reader of process.env. Parsed once at import, so a bad variable stops the
 * process at start-up with its name in the message instead of failing on first use.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with "file:" (SQLite) or "postgresql://"')
    .default('file:./data/handout-builder.db'),
})

export type TEnv = z.infer<typeof ZEnv>

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n')
    throw new Error(`Invalid environment variables:\n${problems}`)
  }
  return result.data
}

export const env = parseEnv(process.env)
