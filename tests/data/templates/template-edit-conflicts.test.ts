import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '@/generated/prisma/client'
import { topicLibrary } from '@/lib/content/load-topic'
import { createTemplate } from '@/lib/data/templates/create-template'
import type { TActor } from '@/lib/data/templates/template-access'
import { refreshTemplateContent, setTemplateShared, TemplateConflictError, updateTemplate } from '@/lib/data/templates/update-template'
import { currentSectionVersions } from '@/lib/handout/template-freshness'
import { parseTemplateInput, type TTemplateInput } from '@/lib/handout/template-input'
import { createSuiteDatabase } from '../../support/suite-database'
import { NIGHT_CRAMPS } from '../../support/template-fixtures'

const topics = topicLibrary()
const TODAY = '2025-03-10'
const SHARED_NIGHT_CRAMPS = { ...NIGHT_CRAMPS, isShared: true }

/** One person's edit, as the edit form sends it, with the section versions its choices produce today. */
function editOf(changes: Record<string, unknown>): { input: TTemplateInput; sectionVersions: Record<string, string> } {
  const input = parseTemplateInput({ ...SHARED_NIGHT_CRAMPS, ...changes }, topics)
  const { sectionVersions } = currentSectionVersions({ ...input.request, defaultNote: input.defaultNote, followUpDays: input.followUpDays }, topics, TODAY)
  return { input, sectionVersions }
}

/** What each edit's author would see in the stored template if their save won. */
function storedFieldsOf({ input, sectionVersions }: ReturnType<typeof editOf>) {
  return {
    name: input.name,
    group: input.request.group,
    causes: input.request.causes,
    options: input.request.options,
    defaultNote: input.defaultNote,
    followUpDays: input.followUpDays,
    sectionVersions,
  }
}

const FLUIDS = editOf({ name: 'Night cramps: fluids first', causes: ['dehydration'], defaultNote: 'Drink a glass of water at dinner.', followUpDays: 7 })
const MEDICINES = editOf({
  name: 'Night cramps: medicine review',
  causes: ['medications', 'electrolyte-imbalance'],
  options: { largePrint: true, includeSources: false, extras: [] },
  defaultNote: 'Bring your medicine list.',
  followUpDays: 28,
})

describe('two people editing the same template', () => {
  const database = createSuiteDatabase('template-edit-conflicts')
  let owner: TActor
  let admin: TActor

  beforeAll(async () => {
    const db = database()
    const clinic = await db.clinic.create({ data: { name: 'Fir Clinic', phone: '555-0100', address: '1 Fir Street' } })
    const person = (email: string, role: 'clinician' | 'admin') =>
      db.user.create({ data: { clinicId: clinic.id, email, name: email.split('@')[0]!, role }, select: { id: true, clinicId: true, role: true } })
    owner = await person('owner@fir.test', 'clinician')
    admin = await person('admin@fir.test', 'admin')
  })

  // Each case starts with no templates: names are unique per owner and per clinic's shared list.
  afterEach(async () => {
    await database().template.deleteMany({})
  })

  const saveOriginal = (db: PrismaClient) => {
    const { input, sectionVersions } = editOf({})
    return createTemplate(db, owner, input, sectionVersions)
  }

  it('saving at the same moment from the same version: exactly one wins whole, the other is told someone else saved', async () => {
    const db = database()
    // Several rounds, each person starting first in turn, so either may be the one who wins.
    for (let round = 0; round < 6; round++) {
      const template = await saveOriginal(db)
      const editors = [
        { actor: owner, edit: FLUIDS },
        { actor: admin, edit: MEDICINES },
      ]
      if (round % 2 === 1) editors.reverse()

      const outcomes = await Promise.all(
        editors.map(({ actor, edit }) =>
          updateTemplate(db, actor, { templateId: template.id, expectedVersion: 1 }, edit.input, edit.sectionVersions).then(
            (saved) => ({ edit, saved }),
            (error: unknown) => ({ edit, error }),
          ),
        ),
      )

      const winners = outcomes.filter((outcome) => 'saved' in outcome)
      const losers = outcomes.filter((outcome) => 'error' in outcome)
      expect(winners).toHaveLength(1)
      expect(losers).toHaveLength(1)
      const winningEdit = winners[0]!.edit
      expect(winners[0]).toMatchObject({ saved: { ...storedFieldsOf(winningEdit), version: 2 } })

      const stored = await db.template.findUniqueOrThrow({ where: { id: template.id } })
      expect(stored).toMatchObject({ ...storedFieldsOf(winningEdit), ownerId: owner.id, version: 2 })

      const { error } = losers[0] as { error: unknown }
      expect(error).toBeInstanceOf(TemplateConflictError)
      const conflict = error as TemplateConflictError
      expect(conflict.code).toBe('conflict')
      expect(conflict.message).toBe(
        'Someone else saved this template (version 2) after you opened it. Your changes were not saved; review theirs and edit again.',
      )
      expect(conflict.current).toMatchObject({ ...storedFieldsOf(winningEdit), version: 2 })
      expect(conflict.current.updatedAt).toEqual(stored.updatedAt)
      await db.template.deleteMany({}) // the next round's edits take the same names
    }
  })

  it('saving from a version someone has since replaced is refused and writes nothing', async () => {
    const db = database()
    const template = await saveOriginal(db)
    await updateTemplate(db, owner, { templateId: template.id, expectedVersion: 1 }, FLUIDS.input, FLUIDS.sectionVersions)
    const afterFirstSave = await db.template.findUniqueOrThrow({ where: { id: template.id } })

    const error = await updateTemplate(db, admin, { templateId: template.id, expectedVersion: 1 }, MEDICINES.input, MEDICINES.sectionVersions).catch(
      (caught: unknown) => caught,
    )

    expect(error).toBeInstanceOf(TemplateConflictError)
    expect(error).toMatchObject({ code: 'conflict', current: { version: 2, name: 'Night cramps: fluids first' } })
    expect(await db.template.findUniqueOrThrow({ where: { id: template.id } })).toEqual(afterFirstSave)
  })

  it('saving from the current version after a refused save works, and moves the version on', async () => {
    const db = database()
    const template = await saveOriginal(db)
    await updateTemplate(db, owner, { templateId: template.id, expectedVersion: 1 }, FLUIDS.input, FLUIDS.sectionVersions)
    const refused = await updateTemplate(db, admin, { templateId: template.id, expectedVersion: 1 }, MEDICINES.input, MEDICINES.sectionVersions).catch(
      (caught: unknown) => caught,
    )
    expect(refused).toBeInstanceOf(TemplateConflictError)
    const { current } = refused as TemplateConflictError

    const saved = await updateTemplate(db, admin, { templateId: template.id, expectedVersion: current.version }, MEDICINES.input, MEDICINES.sectionVersions)

    expect(saved).toMatchObject({ ...storedFieldsOf(MEDICINES), version: 3 })
  })

  it('sharing or refreshing counts as a change: an edit opened before either is refused', async () => {
    const db = database()
    const template = await saveOriginal(db)

    await setTemplateShared(db, owner, { templateId: template.id, isShared: false })
    const afterSharing = await db.template.findUniqueOrThrow({ where: { id: template.id } })
    expect(afterSharing.version).toBe(2)
    await expect(updateTemplate(db, owner, { templateId: template.id, expectedVersion: 1 }, FLUIDS.input, FLUIDS.sectionVersions)).rejects.toBeInstanceOf(
      TemplateConflictError,
    )
    expect(await db.template.findUniqueOrThrow({ where: { id: template.id } })).toEqual(afterSharing)

    await refreshTemplateContent(db, owner, { templateId: template.id, expectedVersion: 2 }, afterSharing.sectionVersions as Record<string, string>)
    const afterRefresh = await db.template.findUniqueOrThrow({ where: { id: template.id } })
    expect(afterRefresh.version).toBe(3)
    await expect(refreshTemplateContent(db, owner, { templateId: template.id, expectedVersion: 2 }, {})).rejects.toMatchObject({
      code: 'conflict',
      current: { version: 3 },
    })
    expect(await db.template.findUniqueOrThrow({ where: { id: template.id } })).toEqual(afterRefresh)
  })

  it('a clinic admin who makes a colleague’s shared template personal again gets the saved template back', async () => {
    const db = database()
    const template = await saveOriginal(db)
    const edit = editOf({ name: 'Night cramps (owner only)', isShared: false })
    const saved = await updateTemplate(db, admin, { templateId: template.id, expectedVersion: template.version }, edit.input, edit.sectionVersions)
    expect(saved).toMatchObject({ id: template.id, name: 'Night cramps (owner only)', isShared: false, ownerId: owner.id, version: template.version + 1 })
  })
})
