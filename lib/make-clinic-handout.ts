import type { PrismaClient } from '../generated/prisma/client'
import type { TCurrentUser } from './auth/current-user'
import { prepareHandout, type TWebLink } from './create-handout'
import { getClinicLogo } from './data/get-clinic-logo'
import { logHandout } from './data/history/log-handout'
import { withClinicDetails } from './handout/with-clinic-details'
import { log } from './log'
import { renderHandoutPdf, type TPdfLogo, type TRenderedPdf } from './pdf/render-handout-pdf'

type TRender = (handout: Parameters<typeof renderHandoutPdf>[0], logo?: TPdfLogo) => Promise<TRenderedPdf>

/**
 * A handout for a signed-in clinician: their clinic's details and logo on it, and a line in
 * the history. The server passes its worker pool as `render`; tests and scripts render here.
 */
export async function makeClinicHandout(
  db: PrismaClient,
  user: TCurrentUser,
  input: unknown,
  { templateId, render = (handout, logo) => renderHandoutPdf(handout, { logo }), webLink }: { templateId?: string; render?: TRender; webLink?: TWebLink } = {},
) {
  const handout = prepareHandout(withClinicDetails(input, { clinicianName: user.name, clinicName: user.clinic.name, clinicPhone: user.clinic.phone }), { webLink })
  const logo = await getClinicLogo(db, { clinicId: user.clinicId, updatedAt: user.clinic.updatedAt })
  const started = performance.now()
  const { pdf, pageCount } = await render(handout, logo)
  const renderMs = performance.now() - started
  await logHandout(db, user, { handout, pageCount, renderMs, templateId })
  log.info({ event: 'handout.created', userId: user.id, clinicId: user.clinicId, topic: handout.topicId, group: handout.group.id, causes: handout.causes.length, language: handout.language, pages: pageCount, ms: Math.round(renderMs), templateId }, 'handout created')
  return { handout, pdf, pageCount, renderMs }
}
