import type { THandoutRequest } from './request'

/** A short handout keeps to its budget with up to this many causes; more may need more pages. */
export const CAUSES_IN_PAGE_BUDGET = 3

/**
 * The most pages a short handout may take (issue 19): 2 in standard print, twice that in large
 * print, and twice again in both languages. The complete guide has no budget.
 */
export function pageBudgetOf({ largePrint, language }: Pick<THandoutRequest['options'], 'largePrint' | 'language'>): number {
  return 2 * (largePrint ? 2 : 1) * (language === 'bilingual' ? 2 : 1)
}

/**
 * The answer of POST /api/handouts/pages: the pages of the PDF, the budget when the handout is
 * short, and the ifRoom lines it left out to keep to that budget.
 */
export type THandoutPages = { pages: number; budget: number | null; leftOut: string[] }
