'use server'

import { revalidatePath } from 'next/cache'
import { getCurrentUser } from '@/lib/auth/current-user'
import { topicLibrary } from '@/lib/content/load-topic'
import { todayIso } from '@/lib/handout/handout-model'
import { deleteTemplate } from '@/lib/data/templates/delete-template'
import { duplicateTemplate } from '@/lib/data/templates/duplicate-template'
import { getChangeableTemplate } from '@/lib/data/templates/get-template'
import { refreshTemplateContent, setTemplateShared, TemplateConflictError, updateTemplate } from '@/lib/data/templates/update-template'
import { db } from '@/lib/db'
import { AppError, type TFieldProblem } from '@/lib/errors'
import { parseTemplateInput, parseTemplateRef } from '@/lib/handout/template-input'
import { currentSectionVersions } from '@/lib/handout/template-freshness'

const topics = topicLibrary()

export type TTemplateActionResult =
  | { ok: true; message: string }
  | { ok: false; message: string; errors: TFieldProblem[]; current?: { version: number; updatedAt: string } }

function failure(error: unknown): TTemplateActionResult {
  if (error instanceof TemplateConflictError) {
    return { ok: false, message: error.message, errors: [], current: { version: error.current.version, updatedAt: error.current.updatedAt.toISOString() } }
  }
  if (!(error instanceof AppError)) throw error
  if (error.code === 'not_found') return { ok: false, message: 'That template no longer exists, or is not shared with you.', errors: [] }
  if (error.code === 'forbidden') return { ok: false, message: error.message, errors: [] }
  return { ok: false, message: 'Please correct the fields marked below.', errors: [...error.problems] }
}

const SESSION_ENDED: TTemplateActionResult = { ok: false, message: 'Your session has ended. Sign in again.', errors: [] }

/** Saves an edit made from `expectedVersion`; a newer save by someone else wins and is reported. */
export async function saveTemplateEdit(templateId: string, expectedVersion: number, input: unknown): Promise<TTemplateActionResult> {
  const user = await getCurrentUser()
  if (!user) return SESSION_ENDED
  try {
    // Arguments arrive as the client sent them, whatever the signature says: each is checked, and named if wrong.
    const ref = parseTemplateRef({ templateId, expectedVersion })
    const parsed = parseTemplateInput(input, topics)
    const { sectionVersions } = currentSectionVersions({ ...parsed.request, defaultNote: parsed.defaultNote, followUpDays: parsed.followUpDays }, topics, todayIso())
    await updateTemplate(db, user, { templateId: ref.templateId, expectedVersion }, parsed, sectionVersions)
  } catch (error) {
    return failure(error)
  }
  revalidatePath('/templates')
  return { ok: true, message: 'Template saved.' }
}

export async function refreshTemplate(templateId: string, expectedVersion: number): Promise<TTemplateActionResult> {
  const user = await getCurrentUser()
  if (!user) return SESSION_ENDED
  try {
    parseTemplateRef({ templateId, expectedVersion })
    const template = await getChangeableTemplate(db, user, templateId)
    const { sectionVersions } = currentSectionVersions(template, topics, todayIso())
    await refreshTemplateContent(db, user, { templateId: template.id, expectedVersion }, sectionVersions)
  } catch (error) {
    return failure(error)
  }
  revalidatePath('/templates')
  return { ok: true, message: 'Template now uses the current guide sections.' }
}

export async function shareTemplate(templateId: string, isShared: boolean): Promise<TTemplateActionResult> {
  const user = await getCurrentUser()
  if (!user) return SESSION_ENDED
  try {
    if (typeof isShared !== 'boolean') throw new AppError('invalid_input', 'Invalid sharing', [{ field: 'isShared', message: 'expected true or false' }])
    await setTemplateShared(db, user, { templateId, isShared })
  } catch (error) {
    // Sharing changes no field of the form: say on the card what stops it.
    if (error instanceof AppError && error.code === 'invalid_input') return { ok: false, message: `${error.message}. Rename one of them first.`, errors: [] }
    return failure(error)
  }
  revalidatePath('/templates')
  return { ok: true, message: isShared ? 'Shared with your clinic.' : 'Now only yours.' }
}

export async function copyTemplate(templateId: string): Promise<TTemplateActionResult> {
  const user = await getCurrentUser()
  if (!user) return SESSION_ENDED
  try {
    await duplicateTemplate(db, user, { templateId })
  } catch (error) {
    return failure(error)
  }
  revalidatePath('/templates')
  return { ok: true, message: 'Copied. The copy is yours alone until you share it.' }
}

export async function removeTemplate(templateId: string): Promise<TTemplateActionResult> {
  const user = await getCurrentUser()
  if (!user) return SESSION_ENDED
  try {
    await deleteTemplate(db, user, { templateId })
  } catch (error) {
    return failure(error)
  }
  revalidatePath('/templates')
  return { ok: true, message: 'Template deleted.' }
}
