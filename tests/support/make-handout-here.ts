import { makeHandout, type TMakeHandoutOptions } from '../../lib/handouts/make-handout'
import { renderHere } from '../../lib/handouts/render-here'

/** The handout service as the CLI runs it: rendered on this thread, no clinic signed in. */
export const makeHandoutHere = (input: unknown, options: Omit<TMakeHandoutOptions, 'render'> = {}) =>
  makeHandout(input, { render: renderHere, ...options })
