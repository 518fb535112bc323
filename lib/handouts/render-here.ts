import { createRenderer, type TRenderer } from '@handout-builder/handout-pdf'
import type { TRenderHandout } from './make-handout'

let renderer: Promise<TRenderer> | undefined

/** Renders on the calling thread, with no pool and no cache: the CLI, scripts and tests. */
export const renderHere: TRenderHandout = async (handout, logo) => (await (renderer ??= createRenderer())).render(handout, { logo })
