'use server'

import { revalidatePath } from 'next/cache'
import { getCurrentUser } from '@/lib/auth/current-user'
import { topicLibrary } from '@/lib/content/load-topic'
import { handoutModelOf, todayIso } from '@/lib/handout/handout-model'
import { createTemplate } from '@/lib/data/templates/create-template'
import { db } from '@/lib/db'
import { AppError, type TFieldProblem } from '@/lib/errors'
import type { THandout } from '@/lib/handout/assemble'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { currentSectionVersions } from '@/lib/handout/template-freshness'
import { withClinicDetails } from '@/lib/handout/with-clinic-details'

export type TPreviewResult = { ok: true; handout: THandout } | { ok: false; errors: TFieldProblem[] }
export type TSaveTemplateResult = { ok: true; templateId: string; name: string } | { ok: false; errors: TFieldProblem[] }

const SESSION_ENDED: TFieldProblem[] = [{ field: '(session)', message: 'Your session has ended. Sign in again.' }]
const topics = topicLibrary()

/** The handout model for the live preview: the same validation and assembly as the PDF. */
export async function previewHandout(input: unknown): Promise<TPreviewResult> {
  const user = await getCurrentUser()
  if (!user) return { ok: false, errors: SESSION_ENDED }
  try {
    const handout = handoutModelOf(withClinicDetails(input, { clinicianName: user.name, clinicName: user.clinic.name, clinicPhone: user.clinic.phone }))
    return { ok: true, handout }
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return { ok: false, errors: [...error.problems] }
    throw error
  }
}

/** "Save as template": the builder's choices and note, never the patient's name. */
export async function saveAsTemplate(input: unknown): Promise<TSaveTemplateResult> {
  const user = await getCurrentUser()
  if (!user) return { ok: false, errors: SESSION_ENDED }
  try {
    const parsed = parseTemplateInput(input, topics)
    const { sectionVersions } = currentSectionVersions({ ...parsed.request, defaultNote: parsed.defaultNote, followUpDays: parsed.followUpDays }, topics, todayIso())
    const template = await createTemplate(db, user, parsed, sectionVersions)
    revalidatePath('/templates')
    return { ok: true, templateId: template.id, name: template.name }
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') return { ok: false, errors: [...error.problems] }
    throw error
  }
}
