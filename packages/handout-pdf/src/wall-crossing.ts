// TEST ONLY, reverted next: the package importing the app.
import { makeHandout } from '../../../lib/handouts/make-handout'

export const crossing = makeHandout
