import type { TActionState } from './action-state'

/** The starting state of a form; a separate module so client components import no server code. */
export const IDLE: TActionState = { status: 'idle' }
