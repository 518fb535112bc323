/** Shared by the request schema and the form, which imports no server code. */
export const NOTE_MAX_LENGTH = 600
export const FIRST_NAME_MAX_LENGTH = 40

/** A follow-up visit is from the handout's day to two years ahead; a template's is 1 day to the same two years after it is used. */
export const FOLLOW_UP_MAX_DAYS = 730

/** The day `days` after an ISO date, as YYYY-MM-DD. */
export function isoDatePlusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}
