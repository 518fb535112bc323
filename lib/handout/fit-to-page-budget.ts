import type { THandout } from './assemble'
import { pageBudgetOf } from './page-budget'

export type TFitted<TRendered> = {
  handout: THandout
  rendered: TRendered
  /** The ifRoom lines the handout left out to keep to its budget; empty when it kept them all. */
  leftOut: string[]
}

/**
 * A short handout within its page budget where its content allows: rendered with every line
 * that fits the patient, and when that runs over the budget, made and rendered again without
 * the lines marked ifRoom. The complete guide, and a handout with no such lines, render once.
 * The page count comes from the real layout, so the two renders cost time only when needed.
 */
export async function fitToPageBudget<TRendered extends { pageCount: number }>(
  make: (options: { isTight: boolean }) => THandout,
  render: (handout: THandout) => Promise<TRendered>,
): Promise<TFitted<TRendered>> {
  const handout = make({ isTight: false })
  const rendered = await render(handout)
  if (handout.ifRoomLines.length === 0 || rendered.pageCount <= pageBudgetOf(handout)) return { handout, rendered, leftOut: [] }
  const tight = make({ isTight: true })
  return { handout: tight, rendered: await render(tight), leftOut: handout.ifRoomLines }
}
