import type { z } from 'zod'
import { AppError } from '../errors'

/** What a server action tells its form: field errors, or what happened. */
export type TActionState =
  | { status: 'idle' }
  /** `values`: what was typed, so the form shows it again instead of resetting it (never passwords). */
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; values?: Record<string, string> }
  | { status: 'success'; message: string; oneTimePassword?: string }


export function invalid(message: string, fieldErrors: Record<string, string> = {}, values?: Record<string, string>): TActionState {
  return { status: 'error', message, fieldErrors, ...(values ? { values } : {}) }
}

export function fromZodError(error: z.ZodError, values?: Record<string, string>): TActionState {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.issues) fieldErrors[issue.path.join('.') || 'form'] ??= issue.message
  return invalid('Please correct the fields marked below.', fieldErrors, values)
}

/** Maps domain errors to form state; anything else is a bug and is thrown on. */
export function fromAppError(error: unknown, values?: Record<string, string>): TActionState {
  if (!(error instanceof AppError)) throw error
  if (error.code === 'not_found') return invalid('That item no longer exists.')
  return invalid(error.message, Object.fromEntries(error.problems.map((problem) => [problem.field, problem.message])), values)
}

/** A server action's form argument is whatever the client sent: anything but a form is refused before it is read. */
export const isForm = (value: unknown): value is FormData => value instanceof FormData
export const UNREADABLE_FORM: TActionState = invalid('This form could not be read. Reload the page and try again.')

/** Text fields of a form, as strings (a missing field is ""), for zod to check. */
export function formFields<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, typeof form.get(name) === 'string' ? (form.get(name) as string) : ''])) as Record<K, string>
}
