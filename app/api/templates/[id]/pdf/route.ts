import { z } from 'zod'
import { getCurrentUser } from '@/lib/auth/current-user'
import { todayIso } from '@/lib/handout/handout-model'
import { getTemplateById } from '@/lib/data/templates/get-template'
import { db } from '@/lib/db'
import { env, webLink } from '@/lib/env'
import { crossSiteRefused, isCrossSiteRequest } from '@/lib/http/same-origin'
import { templateToRequestInput } from '@/lib/handout/template-input'
import { errorResponse, pdfResponse, readJsonBody, unauthorized } from '@/lib/http/handout-responses'
import { makeHandout } from '@/lib/handouts/make-handout'
import { renderOnServer } from '@/lib/handouts/server-renderer'

const ZPrintNow = z.strictObject({ patientFirstName: z.string().max(200).optional() })

/** "Print now": a template's handout, with only the patient's first name added. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (isCrossSiteRequest(request, env.NEXTAUTH_URL)) return crossSiteRefused()
  const user = await getCurrentUser()
  if (!user) return unauthorized()
  const read = await readJsonBody(request)
  if ('response' in read) return read.response
  const parsed = ZPrintNow.safeParse(read.body)
  if (!parsed.success) return Response.json({ errors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message })) }, { status: 400 })
  try {
    const template = await getTemplateById(db, user, (await params).id)
    const input = templateToRequestInput(template, { patientFirstName: parsed.data.patientFirstName?.trim() || undefined, date: todayIso() })
    const { handout, pdf } = await makeHandout(input, { render: renderOnServer, webLink, clinic: { db, user, record: { templateId: template.id } } })
    return pdfResponse(handout, pdf)
  } catch (error) {
    return errorResponse(error)
  }
}
