import { randomInt } from 'node:crypto'
import { z } from 'zod'

export const PASSWORD_MIN_LENGTH = 12

export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'must be at most 200 characters')

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** A one-time password such as "k7mq-x2pd-9fwr-bt4e": 80 bits, easy to read out. */
export function generateOneTimePassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-')
}
