import 'server-only'
import { randomInt } from 'node:crypto'
import { dictionary } from '@zxcvbn-ts/language-common'
import { z } from 'zod'

export const PASSWORD_MIN_LENGTH = 12

let commonPasswords: Set<string> | undefined

/** About 49,000 passwords seen most often in breaches, shipped in an npm package: nothing is fetched. */
function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => String(entry).toLowerCase()))
  return commonPasswords.has(password.toLowerCase())
}

export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'must be at most 200 characters')
  .refine((password) => !isCommonPassword(password), 'is one of the most common passwords; choose another')

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** A one-time password such as "k7mq-x2pd-9fwr-bt4e": 80 bits, easy to read out. */
export function generateOneTimePassword(): string {
  return Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')).join('-')
}
