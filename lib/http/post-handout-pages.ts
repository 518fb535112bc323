import { getRequestUser } from '../auth/session-user'
import { db } from '../db'
import { env, webLink } from '../env'
import { pageBudgetOf, type THandoutPages } from '../handout/page-budget'
import { renderClinicHandout } from '../make-clinic-handout'
import { renderOnServer } from '../pdf/server-renderer'
import { errorResponse, readJsonBody, unauthorized } from './handout-responses'
import { crossSiteRefused, isCrossSiteRequest } from './same-origin'

/**
 * POST a handout request as JSON; get back how many pages its PDF has and, for a short
 * handout, its page budget (the complete guide has none). The PDF is rendered exactly as the
 * download renders it, then dropped: nothing goes into the history. The same checks as
 * post-handout-pdf.ts, whose answer this one predicts.
 */
export async function postHandoutPages(request: Request): Promise<Response> {
  try {
    if (isCrossSiteRequest(request, env.NEXTAUTH_URL)) return crossSiteRefused()
    const user = await getRequestUser(request)
    if (!user) return unauthorized()
    const read = await readJsonBody(request)
    if ('response' in read) return read.response
    const { handout, pageCount } = await renderClinicHandout(db, user, read.body, { render: renderOnServer, webLink })
    const answer: THandoutPages = { pages: pageCount, budget: handout.length === 'short' ? pageBudgetOf(handout) : null }
    return Response.json(answer, { headers: { 'Cache-Control': 'no-store' } })
  } catch (error) {
    return errorResponse(error)
  }
}
