import type { PrismaClient } from '../generated/prisma/client'
import type { TCurrentUser } from './auth/session-user'
import { getClinicLogo } from './data/get-clinic-logo'
import { logHandout } from './data/history/log-handout'
import { fitToPageBudget } from './handout/fit-to-page-budget'
import { withClinicDetails } from './handout/with-clinic-details'
import { log } from './log'
import type { THandout } from './handout/assemble'
import type { TPdfLogo, TRenderedPdf } from './pdf/render-handout-pdf'
import { prepareHandout, type TWebLink } from './prepare-handout'

/** Renders a handout; `clinicId` is the lane it waits in on the server's pool (render-pool.ts), so clinics take turns. */
type TRender = (handout: THandout, logo?: TPdfLogo, clinicId?: string) => Promise<TRenderedPdf>
type TRenderOptions = { render: TRender; webLink?: TWebLink }

/**
 * The PDF a signed-in clinician would get, with their clinic's details and logo on it, and
 * nothing recorded: the builder's page count renders this to count the pages a download will
 * have. The server renders on its worker pool (`renderOnServer`); tests pass
 * `renderHandoutPdf`. Taken as a parameter so the server's main thread never loads the renderer.
 */
export async function renderClinicHandout(db: PrismaClient, user: TCurrentUser, input: unknown, { render, webLink }: TRenderOptions) {
  const withClinic = withClinicDetails(input, { clinicianName: user.name, clinicName: user.clinic.name, clinicPhone: user.clinic.phone })
  // Validated before the logo is read: bad input costs no database work.
  const full = prepareHandout(withClinic, { webLink })
  const logo = await getClinicLogo(db, { clinicId: user.clinicId, updatedAt: user.clinic.updatedAt })
  const started = performance.now()
  const { handout, rendered, leftOut } = await fitToPageBudget(full, {
    makeTight: () => prepareHandout(withClinic, { webLink, isTight: true }),
    render: (made) => render(made, logo, user.clinicId),
  })
  return { handout, pdf: rendered.pdf, pageCount: rendered.pageCount, renderMs: performance.now() - started, leftOut }
}

/** A handout for a signed-in clinician, as renderClinicHandout, and a line in the history. */
export async function makeClinicHandout(db: PrismaClient, user: TCurrentUser, input: unknown, { templateId, ...options }: TRenderOptions & { templateId?: string }) {
  const made = await renderClinicHandout(db, user, input, options)
  const { handout, pageCount, renderMs } = made
  await logHandout(db, user, { handout, pageCount, renderMs, templateId })
  log.info({ event: 'handout.created', userId: user.id, clinicId: user.clinicId, topic: handout.topicId, group: handout.group.id, causes: handout.causes.length, language: handout.language, pages: pageCount, ms: Math.round(renderMs), templateId }, 'handout created')
  return made
}
