import { makeHandout, type TMakeHandoutOptions } from '../../lib/handouts/make-handout'
import { renderHandoutPdf } from '../../lib/pdf/render-handout-pdf'

/** The handout service as the CLI runs it: rendered on this thread, no clinic signed in. */
export const makeHandoutHere = (input: unknown, options: Omit<TMakeHandoutOptions, 'render'> = {}) =>
  makeHandout(input, { render: (handout, logo) => renderHandoutPdf(handout, { logo }), ...options })
