import { getRequestUser } from '../auth/session-user'
import { getTemplateById } from '../data/templates/get-template'
import { db } from '../db'
import { env, webLink } from '../env'
import { makeClinicHandout } from '../make-clinic-handout'
import { renderOnServer } from '../pdf/server-renderer'
import { errorResponse, pdfResponse, readJsonBody, unauthorized } from './handout-responses'
import { crossSiteRefused, isCrossSiteRequest } from './same-origin'

/**
 * POST a handout request as JSON; get the PDF back. `?template=<id>` records the template it
 * came from. A plain `Request` in, a `Response` out, with nothing of Next's: the route
 * (app/api/handouts/pdf) exports it, and the production server calls it directly (server.ts).
 * Any error but a domain one is logged here and thrown on (errorResponse), for a bare 500.
 */
export async function postHandoutPdf(request: Request): Promise<Response> {
  try {
    if (isCrossSiteRequest(request, env.NEXTAUTH_URL)) return crossSiteRefused()
    const user = await getRequestUser(request)
    if (!user) return unauthorized()
    const read = await readJsonBody(request)
    if ('response' in read) return read.response
    const templateParam = new URL(request.url).searchParams.get('template')
    const templateId = templateParam ? (await getTemplateById(db, user, templateParam)).id : undefined
    const { handout, pdf } = await makeClinicHandout(db, user, read.body, { templateId, render: renderOnServer, webLink })
    return pdfResponse(handout, pdf)
  } catch (error) {
    return errorResponse(error)
  }
}
