import pino from 'pino'
import { env } from './env'

/**
 * Structured JSON logs on stdout. Nothing about a patient is ever passed in; redaction is
 * the second line of defence should a request or handout object reach a log call.
 */
export const log = pino({
  level: env.LOG_LEVEL,
  base: { app: 'handout-builder' },
  redact: {
    paths: ['password', '*.password', 'note', '*.note', '*.*.note', 'patientFirstName', '*.patientFirstName', '*.*.patientFirstName', 'personal', '*.personal', 'headers.cookie', '*.headers.cookie', 'headers.authorization'],
    censor: '[redacted]',
  },
})
