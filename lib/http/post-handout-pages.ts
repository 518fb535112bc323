import { db } from '../db'
import { webLink } from '../env'
import { pageBudgetOf, type THandoutPages } from '../handout/page-budget'
import { makeHandout } from '../handouts/make-handout'
import { renderOnServer } from '../handouts/server-renderer'
import { signedInJsonPost } from './signed-in-json-post'

/**
 * POST a handout request as JSON; get back how many pages its PDF has and, for a short
 * handout, its page budget (the complete guide has none). The PDF is rendered exactly as the
 * download renders it, then dropped: nothing goes into the history. The same checks as
 * post-handout-pdf.ts, whose answer this one predicts.
 */
export function postHandoutPages(request: Request): Promise<Response> {
  return signedInJsonPost(request, async (user, body) => {
    const { handout, pageCount, leftOut } = await makeHandout(body, { render: renderOnServer, webLink, clinic: { db, user } })
    const answer: THandoutPages = { pages: pageCount, budget: handout.length === 'short' ? pageBudgetOf(handout) : null, leftOut }
    return Response.json(answer, { headers: { 'Cache-Control': 'no-store' } })
  })
}
