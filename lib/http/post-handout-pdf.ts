import { getTemplateById } from '../data/templates/get-template'
import { db } from '../db'
import { webLink } from '../env'
import { makeHandout } from '../handouts/make-handout'
import { renderOnServer } from '../handouts/server-renderer'
import { pdfResponse } from './handout-responses'
import { signedInJsonPost } from './signed-in-json-post'

/**
 * POST a handout request as JSON; get the PDF back. `?template=<id>` records the template it
 * came from. A plain `Request` in, a `Response` out: the route (app/api/handouts/pdf) exports it.
 * Any error but a domain one is logged here and thrown on (errorResponse), for a bare 500.
 */
export function postHandoutPdf(request: Request): Promise<Response> {
  return signedInJsonPost(request, async (user, body) => {
    const templateParam = new URL(request.url).searchParams.get('template')
    const templateId = templateParam ? (await getTemplateById(db, user, templateParam)).id : undefined
    const { handout, pdf } = await makeHandout(body, { render: renderOnServer, webLink, clinic: { db, user, record: { templateId } } })
    return pdfResponse(handout, pdf)
  })
}
