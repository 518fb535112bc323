import { getCurrentUser } from '@/lib/auth/current-user'
import { getTemplateById } from '@/lib/data/templates/get-template'
import { db } from '@/lib/db'
import { env, webLink } from '@/lib/env'
import { crossSiteRefused, isCrossSiteRequest } from '@/lib/http/same-origin'
import { errorResponse, pdfResponse, readJsonBody, unauthorized } from '@/lib/http/handout-responses'
import { makeClinicHandout } from '@/lib/make-clinic-handout'
import { renderOnServer } from '@/lib/pdf/server-renderer'

/** POST a handout request as JSON; get the PDF back. `?template=<id>` records the template it came from. */
export async function POST(request: Request) {
  if (isCrossSiteRequest(request, env.NEXTAUTH_URL)) return crossSiteRefused()
  const user = await getCurrentUser()
  if (!user) return unauthorized()
  const read = await readJsonBody(request)
  if ('response' in read) return read.response
  try {
    const templateParam = new URL(request.url).searchParams.get('template')
    const templateId = templateParam ? (await getTemplateById(db, user, templateParam)).id : undefined
    const { handout, pdf } = await makeClinicHandout(db, user, read.body, { templateId, render: renderOnServer, webLink })
    return pdfResponse(handout, pdf)
  } catch (error) {
    return errorResponse(error)
  }
}
