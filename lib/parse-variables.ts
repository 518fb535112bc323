import type { z } from 'zod'

/** Environment variables read through `schema`: a bad value stops the program, each named, before any is used. */
export function parseVariables<T extends z.ZodType>(schema: T, source: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(source)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n')
  throw new Error(`Invalid environment variables:\n${problems}`)
}
