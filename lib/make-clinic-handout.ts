import type { TCurrentUser } from './auth/current-user'
import { createHandout } from './create-handout'
import { getClinicLogo } from './data/get-clinic-logo'
import { logHandout } from './data/history/log-handout'
import type { PrismaClient } from '../generated/prisma/client'
import { withClinicDetails } from './handout/with-clinic-details'

/** A handout for a signed-in clinician: their clinic's details and logo on it, and a line in the history. */
export async function makeClinicHandout(db: PrismaClient, user: TCurrentUser, input: unknown, { templateId }: { templateId?: string } = {}) {
  const details = { clinicianName: user.name, clinicName: user.clinic.name, clinicPhone: user.clinic.phone }
  const created = await createHandout(withClinicDetails(input, details), { logo: await getClinicLogo(db, { clinicId: user.clinicId }) })
  await logHandout(db, user, { handout: created.handout, pageCount: created.pageCount, renderMs: created.renderMs, templateId })
  return created
}
