import 'server-only'
import type { TPrintedHandout, TRenderedPdf } from '@handout-builder/handout-pdf'
import type { PrismaClient } from '../../generated/prisma/client'
import type { TCurrentUser } from '../auth/session-user'
import { clinicContactNumber } from '../data/clinic-contacts'
import { getClinicLogo, type TClinicLogo } from '../data/get-clinic-logo'
import { logHandout } from '../data/history/log-handout'
import type { THandout } from '../handout/assemble'
import { fitToPageBudget } from '../handout/fit-to-page-budget'
import { handoutModelOf, withWebUrl, type TWebLink } from '../handout/handout-model'
import { printedHandoutOf } from '../handout/printed-handout'
import { withClinicDetails } from '../handout/with-clinic-details'
import { log } from '../log'

/**
 * Turns a handout into PDF bytes. `clinicId` is the lane it waits in on the server's pool, so
 * clinics take turns. A parameter, not an import: the server renders on its worker pool and its
 * main thread never loads the renderer; the CLI, scripts and tests render on their own thread.
 */
export type TRenderHandout = (handout: TPrintedHandout, logo?: TClinicLogo, clinicId?: string) => Promise<TRenderedPdf>

export type TMakeHandoutOptions = {
  render: TRenderHandout
  webLink?: TWebLink
  date?: string
  /** A logo to print when no clinic is signed in (the CLI, tests). */
  logo?: TClinicLogo
  /**
   * The signed-in clinician: their clinic's name, phone and logo replace whatever the request
   * says. With `record`, the handout gets a line in the clinic's history (the download does;
   * the builder's page count, which renders the same PDF to count its pages, does not).
   */
  clinic?: { db: PrismaClient; user: TCurrentUser; record?: { templateId?: string } }
}

export type TMadeHandout = {
  handout: THandout
  pdf: Buffer
  pageCount: number
  renderMs: number
  /** The ifRoom lines left out to keep to the page budget. */
  leftOut: string[]
}

/**
 * "Make a handout", the one way the routes, server actions, CLI and scripts do it: validate the
 * request and assemble it from the guide library, render it within its page budget, and record
 * it in the history. Untrusted input throws an `invalid_input` AppError naming each bad field,
 * before any database work.
 */
export async function makeHandout(input: unknown, { render, webLink, date, logo, clinic }: TMakeHandoutOptions): Promise<TMadeHandout> {
  const user = clinic?.user
  const request = user ? withClinicDetails(input, { clinicianName: user.name, clinicName: user.clinic.name, clinicPhone: user.clinic.phone }) : input
  const unlinked = handoutModelOf(request, { date })
  // Read only once the request is valid: bad input costs no database work.
  const [printedLogo, link] = clinic
    ? await Promise.all([getClinicLogo(clinic.db, { clinicId: clinic.user.clinicId, updatedAt: clinic.user.clinic.updatedAt }), clinicWebLink(clinic, webLink)])
    : [logo, webLink]
  const linked = (handout: THandout) => (link ? withWebUrl(handout, link) : handout)
  const started = performance.now()
  const { handout, rendered, leftOut } = await fitToPageBudget(linked(unlinked), {
    makeTight: () => linked(handoutModelOf(request, { date, isTight: true })),
    render: (made) => render(printedHandoutOf(made), printedLogo, user?.clinicId),
  })
  const made = { handout, pdf: Buffer.from(rendered.bytes.buffer, rendered.bytes.byteOffset, rendered.bytes.byteLength), pageCount: rendered.pageCount, renderMs: performance.now() - started, leftOut }
  if (clinic?.record) await recordHandout(clinic.db, clinic.user, made, clinic.record.templateId)
  return made
}

/** The web link of a clinic's handout: its page names the clinic and its phone as printed. */
async function clinicWebLink({ db, user }: NonNullable<TMakeHandoutOptions['clinic']>, webLink: TWebLink | undefined): Promise<TWebLink | undefined> {
  if (!webLink) return undefined
  return { ...webLink, contact: await clinicContactNumber(db, user.clinicId, { name: user.clinic.name, phone: user.clinic.phone }) }
}

async function recordHandout(db: PrismaClient, user: TCurrentUser, { handout, pageCount, renderMs }: TMadeHandout, templateId: string | undefined) {
  await logHandout(db, user, { handout, pageCount, renderMs, templateId })
  log.info({ event: 'handout.created', userId: user.id, clinicId: user.clinicId, topic: handout.topicId, group: handout.group.id, causes: handout.causes.length, language: handout.language, pages: pageCount, ms: Math.round(renderMs), templateId }, 'handout created')
}
