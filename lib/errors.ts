/** The one error type of the domain; routes map `code` to an HTTP status. */
export type TAppErrorCode = 'invalid_content' | 'invalid_input' | 'not_found' | 'forbidden' | 'conflict'

/** One thing wrong with one field, and where: a file for content, an input for requests. */
export type TFieldProblem = {
  file?: string
  field: string
  message: string
}

export class AppError extends Error {
  constructor(
    readonly code: TAppErrorCode,
    message: string,
    readonly problems: readonly TFieldProblem[] = [],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function formatProblem(problem: TFieldProblem): string {
  return `${problem.file ? `${problem.file}: ` : ''}${problem.field}: ${problem.message}`
}
