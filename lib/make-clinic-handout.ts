import type { PrismaClient } from '../generated/prisma/client'
import type { TCurrentUser } from './auth/session-user'
import { getClinicLogo } from './data/get-clinic-logo'
import { logHandout } from './data/history/log-handout'
import { withClinicDetails } from './handout/with-clinic-details'
import { log } from './log'
import type { THandout } from './handout/assemble'
import type { TPdfLogo, TRenderedPdf } from './pdf/render-handout-pdf'
import { prepareHandout, type TWebLink } from './prepare-handout'

type TRender = (handout: THandout, logo?: TPdfLogo) => Promise<TRenderedPdf>

/**
 * A handout for a signed-in clinician: their clinic's details and logo on it, and a line in
 * the history. The server renders on its worker pool (`renderOnServer`); tests pass
 * `renderHandoutPdf`. Taken as a parameter so the server's main thread never loads the renderer.
 */
export async function makeClinicHandout(
  db: PrismaClient,
  user: TCurrentUser,
  input: unknown,
  { templateId, render, webLink }: { templateId?: string; render: TRender; webLink?: TWebLink },
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
