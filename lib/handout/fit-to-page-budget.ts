import type { THandout } from './assemble'
import { pageBudgetOf } from './page-budget'

export type TFitted<TRendered> = {
  handout: THandout
  rendered: TRendered
  /** The ifRoom lines the handout left out to keep to its budget; empty when it kept them all. */
  leftOut: string[]
}

/**
 * A short handout within its page budget where its content allows: `handout` (with every line
 * that fits the patient) rendered, and when that runs over the budget, `makeTight()` (the same
 * without the lines marked ifRoom) rendered instead. The complete guide, and a handout with no
 * such lines, render once. The page count comes from the real layout, so the second render
 * costs time only when needed.
 */
export async function fitToPageBudget<TRendered extends { pageCount: number }>(
  handout: THandout,
  { makeTight, render }: { makeTight: () => THandout; render: (handout: THandout) => Promise<TRendered> },
): Promise<TFitted<TRendered>> {
  const rendered = await render(handout)
  if (handout.ifRoomLines.length === 0 || rendered.pageCount <= pageBudgetOf(handout)) return { handout, rendered, leftOut: [] }
  const tight = makeTight()
  return { handout: tight, rendered: await render(tight), leftOut: handout.ifRoomLines }
}
