'use server'

import { getCurrentUser } from '@/lib/auth/current-user'
import { prepareHandout } from '@/lib/create-handout'
import { AppError, type TFieldProblem } from '@/lib/errors'
import type { THandout } from '@/lib/handout/assemble'
import { withClinicDetails } from '@/lib/handout/with-clinic-details'

export type TPreviewResult = { ok: true; handout: THandout } | { ok: false; errors: TFieldProblem[] }

/** The handout model for the live preview: the same validation and assembly as the PDF. */
export async function previewHandout(input: unknown): Promise<TPreviewResult> {
  const user = await getCurrentUser()
  if (!user) return { ok: false, errors: [{ field: '(session)', message: 'Your session has ended. Sign in again.' }] }
  try {
    const handout = prepareHandout(withClinicDetails(input, { clinicianName: user.name, clinicName: user.clinic.name, clinicPhone: user.clinic.phone }))
    return { ok: true, handout }
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return { ok: false, errors: [...error.problems] }
    throw error
  }
}
