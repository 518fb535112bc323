import { readFileSync } from 'node:fs'
import type { TPrintedHandout } from '../../src/index'

/** The app's standard corpus and two personal handouts, as it prints them (written by `npm run pdf:fixtures`). */
export const HANDOUTS: { name: string; handout: TPrintedHandout }[] = JSON.parse(readFileSync(new URL('../fixtures/handouts.json', import.meta.url), 'utf8'))

/** A fresh copy of the fixture of that name, to change freely. */
export function handoutNamed(name: string): TPrintedHandout {
  const found = HANDOUTS.find((entry) => entry.name === name)
  if (!found) throw new Error(`no fixture handout named "${name}"; have: ${HANDOUTS.map((entry) => entry.name).join(', ')}`)
  return structuredClone(found.handout)
}
