import { beforeAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '@/generated/prisma/client'
import { topicLibrary } from '@/lib/content/load-topic'
import { createTemplate } from '@/lib/data/templates/create-template'
import { deleteTemplate } from '@/lib/data/templates/delete-template'
import { duplicateTemplate } from '@/lib/data/templates/duplicate-template'
import { findTemplates } from '@/lib/data/templates/find-templates'
import { getTemplateById } from '@/lib/data/templates/get-template'
import type { TActor } from '@/lib/data/templates/template-access'
import { refreshTemplateContent, setTemplateShared, updateTemplate } from '@/lib/data/templates/update-template'
import { AppError } from '@/lib/errors'
import { currentSectionVersions } from '@/lib/handout/template-freshness'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { createSuiteDatabase } from '../../support/suite-database'
import { NIGHT_CRAMPS, createClinic, type TClinic } from '../../support/template-fixtures'

const topics = topicLibrary()
const TODAY = '2025-03-10'

/** The "Save as template" path: parse the builder's input, record today's section versions, store. */
async function saveTemplate(db: PrismaClient, owner: TActor, changes: Record<string, unknown> = {}) {
  const parsed = parseTemplateInput({ ...NIGHT_CRAMPS, ...changes }, topics)
  const { sectionVersions } = currentSectionVersions({ ...parsed.request, defaultNote: parsed.defaultNote, followUpDays: parsed.followUpDays }, topics, TODAY)
  return createTemplate(db, owner, parsed, sectionVersions)
}

/**
 * Everything a user can try on a template from the templates page, in turn, each answering
 * "allowed" or the error code. Edits start from the template's latest version, as a fresh page would.
 */
async function tryEverything(db: PrismaClient, actor: TActor, template: { id: string; isShared: boolean }) {
  const edit = parseTemplateInput({ ...NIGHT_CRAMPS, name: 'Taken over', isShared: template.isShared, followUpDays: 3 }, topics)
  const latestVersion = async () => (await db.template.findUniqueOrThrow({ where: { id: template.id } })).version
  const attempts = {
    read: () => getTemplateById(db, actor, template.id),
    duplicate: () => duplicateTemplate(db, actor, { templateId: template.id }),
    edit: async () => updateTemplate(db, actor, { templateId: template.id, expectedVersion: await latestVersion() }, edit, {}),
    refresh: async () => refreshTemplateContent(db, actor, { templateId: template.id, expectedVersion: await latestVersion() }, {}),
    share: () => setTemplateShared(db, actor, { templateId: template.id, isShared: !template.isShared }),
    delete: () => deleteTemplate(db, actor, { templateId: template.id }),
  }
  const outcomes: Record<string, string> = {}
  for (const [attempt, run] of Object.entries(attempts)) {
    outcomes[attempt] = await run().then(
      () => 'allowed',
      (error: unknown) => (error instanceof AppError ? error.code : `unexpected ${String(error)}`),
    )
  }
  return outcomes
}

const REFUSED_AS_UNKNOWN = { read: 'not_found', duplicate: 'not_found', edit: 'not_found', refresh: 'not_found', share: 'not_found', delete: 'not_found' }

describe('templates of another clinic', () => {
  const database = createSuiteDatabase('template-clinic-scoping')
  let a: TClinic
  let b: TClinic

  beforeAll(async () => {
    const db = database()
    a = await createClinic(db, 'alder', 2)
    b = await createClinic(db, 'birch', 1)
  })

  it('look unknown to every user of another clinic, admin or not, for every action, and stay unchanged', async () => {
    const db = database()
    const personal = await saveTemplate(db, a.clinicians[0]!, { name: 'Alder night cramps' })
    const shared = await saveTemplate(db, a.clinicians[0]!, { name: 'Alder desk cramps', isShared: true, group: 'office-worker', causes: ['prolonged-sitting'] })
    const byAdmin = await saveTemplate(db, a.admin, { name: 'Alder admin template', isShared: true })
    const rowsBefore = await db.template.findMany({ where: { clinicId: a.id }, orderBy: { id: 'asc' } })
    const birchTemplatesBefore = await db.template.count({ where: { clinicId: b.id } })

    const outcomes: Record<string, Record<string, string>> = {}
    for (const [who, actor] of [['birch admin', b.admin], ['birch clinician', b.clinicians[0]!]] as const) {
      for (const [which, template] of [['personal', personal], ['shared', shared], ['admin’s shared', byAdmin]] as const) {
        outcomes[`${who} on alder’s ${which} template`] = await tryEverything(db, actor, template)
      }
    }

    expect(outcomes).toEqual({
      'birch admin on alder’s personal template': REFUSED_AS_UNKNOWN,
      'birch admin on alder’s shared template': REFUSED_AS_UNKNOWN,
      'birch admin on alder’s admin’s shared template': REFUSED_AS_UNKNOWN,
      'birch clinician on alder’s personal template': REFUSED_AS_UNKNOWN,
      'birch clinician on alder’s shared template': REFUSED_AS_UNKNOWN,
      'birch clinician on alder’s admin’s shared template': REFUSED_AS_UNKNOWN,
    })
    expect(await db.template.findMany({ where: { clinicId: a.id }, orderBy: { id: 'asc' } })).toEqual(rowsBefore)
    expect(await db.template.count({ where: { clinicId: b.id } })).toBe(birchTemplatesBefore)
  })

  it('say only "Template not found", exactly as an id that never existed does', async () => {
    const db = database()
    const shared = await saveTemplate(db, a.clinicians[0]!, { name: 'Alder shared', isShared: true })

    const otherClinics = await getTemplateById(db, b.admin, shared.id).catch((caught: unknown) => caught)
    const neverExisted = await getTemplateById(db, b.admin, 'no-such-template').catch((caught: unknown) => caught)

    expect(otherClinics).toBeInstanceOf(AppError)
    expect(otherClinics).toMatchObject({ code: 'not_found', message: 'Template not found' })
    expect(neverExisted).toMatchObject({ code: 'not_found', message: 'Template not found' })
  })

  it('never appear in another clinic’s template list or search, whoever asks', async () => {
    const db = database()
    const alder = await saveTemplate(db, a.clinicians[0]!, { name: 'Shared pregnancy cramps', isShared: true, group: 'pregnant', causes: ['pregnancy'] })
    const birch = await saveTemplate(db, b.clinicians[0]!, { name: 'Birch pregnancy cramps', isShared: true, group: 'pregnant', causes: ['pregnancy'] })

    for (const actor of [b.admin, b.clinicians[0]!]) {
      const listed = (await findTemplates(db, actor)).map((template) => template.id)
      const searched = (await findTemplates(db, actor, { search: 'pregnancy', group: 'pregnant' })).map((template) => template.id)
      expect(listed).not.toContain(alder.id)
      expect(searched).toEqual([birch.id])
      expect(await db.template.count({ where: { id: { in: listed }, clinicId: { not: b.id } } })).toBe(0)
    }
  })
})

describe('templates within one clinic', () => {
  const database = createSuiteDatabase('template-sharing')
  let clinic: TClinic
  let owner: TActor
  let colleague: TActor

  beforeAll(async () => {
    clinic = await createClinic(database(), 'cedar', 2)
    owner = clinic.clinicians[0]!
    colleague = clinic.clinicians[1]!
  })

  it('a personal template is unknown to a colleague and to the clinic admin alike', async () => {
    const db = database()
    const personal = await saveTemplate(db, owner, { name: 'My own night cramps' })
    const before = await db.template.findUniqueOrThrow({ where: { id: personal.id } })

    expect(await tryEverything(db, colleague, personal)).toEqual(REFUSED_AS_UNKNOWN)
    expect(await tryEverything(db, clinic.admin, personal)).toEqual(REFUSED_AS_UNKNOWN)

    expect(await db.template.findUniqueOrThrow({ where: { id: personal.id } })).toEqual(before)
    expect(await getTemplateById(db, owner, personal.id)).toMatchObject({ id: personal.id, name: 'My own night cramps' })
  })

  it('a shared template can be read and copied by a colleague, but not edited, refreshed, unshared or deleted', async () => {
    const db = database()
    const shared = await saveTemplate(db, owner, { name: 'Clinic night cramps', isShared: true })
    const before = await db.template.findUniqueOrThrow({ where: { id: shared.id } })

    expect(await tryEverything(db, colleague, shared)).toEqual({
      read: 'allowed',
      duplicate: 'allowed',
      edit: 'forbidden',
      refresh: 'forbidden',
      share: 'forbidden',
      delete: 'forbidden',
    })

    expect(await db.template.findUniqueOrThrow({ where: { id: shared.id } })).toEqual(before)
  })

  it('a non-owner is told who may change a shared template', async () => {
    const db = database()
    const shared = await saveTemplate(db, owner, { name: 'Clinic desk cramps', isShared: true })

    const error = await deleteTemplate(db, colleague, { templateId: shared.id }).catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'forbidden', message: 'Only its owner or a clinic admin can change this template' })
  })

  it('a colleague’s copy of a shared template is their own, personal, with the same choices', async () => {
    const db = database()
    const shared = await saveTemplate(db, owner, { name: 'Clinic athletes', isShared: true, group: 'athlete', causes: ['muscle-fatigue'], followUpDays: 7 })

    const copy = await duplicateTemplate(db, colleague, { templateId: shared.id })

    expect(copy).toMatchObject({
      clinicId: clinic.id,
      ownerId: colleague.id,
      name: 'Clinic athletes (copy)',
      isShared: false,
      group: 'athlete',
      causes: ['muscle-fatigue'],
      defaultNote: 'Stretch before bed.',
      followUpDays: 7,
      sectionVersions: shared.sectionVersions,
      version: 1,
    })
    expect(await tryEverything(db, owner, copy)).toEqual(REFUSED_AS_UNKNOWN)
  })

  it('the clinic admin may edit, refresh, stop sharing and delete a clinician’s shared template', async () => {
    const db = database()
    const shared = await saveTemplate(db, owner, { name: 'Clinic seniors', isShared: true })
    const edit = parseTemplateInput({ ...NIGHT_CRAMPS, name: 'Clinic seniors (reviewed)', isShared: true, causes: ['medications'], followUpDays: 28 }, topics)

    const edited = await updateTemplate(db, clinic.admin, { templateId: shared.id, expectedVersion: 1 }, edit, shared.sectionVersions as Record<string, string>)
    expect(edited).toMatchObject({ ownerId: owner.id, name: 'Clinic seniors (reviewed)', causes: ['medications'], followUpDays: 28, isShared: true, version: 2 })

    await refreshTemplateContent(db, clinic.admin, { templateId: shared.id, expectedVersion: 2 }, shared.sectionVersions as Record<string, string>)
    expect(await db.template.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({ version: 3 })

    await setTemplateShared(db, clinic.admin, { templateId: shared.id, isShared: false })
    expect(await db.template.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({ isShared: false, version: 4, ownerId: owner.id })
    // Now personal again: the owner still has it, the colleague no longer sees it.
    expect(await getTemplateById(db, owner, shared.id)).toMatchObject({ name: 'Clinic seniors (reviewed)' })
    expect(await tryEverything(db, colleague, { ...shared, isShared: false })).toEqual(REFUSED_AS_UNKNOWN)

    const another = await saveTemplate(db, owner, { name: 'Clinic diabetes', isShared: true, group: 'diabetic' })
    await deleteTemplate(db, clinic.admin, { templateId: another.id })
    expect(await db.template.findUnique({ where: { id: another.id } })).toBeNull()
  })

  it('the owner may do everything with their own template', async () => {
    const db = database()
    const personal = await saveTemplate(db, owner, { name: 'Owner’s own' })

    expect(await tryEverything(db, owner, personal)).toEqual({
      read: 'allowed',
      duplicate: 'allowed',
      edit: 'allowed',
      refresh: 'allowed',
      share: 'allowed',
      delete: 'allowed',
    })
    expect(await db.template.findUnique({ where: { id: personal.id } })).toBeNull()
    expect(await findTemplates(db, owner, { search: 'owner’s copy' })).toMatchObject([{ name: 'Owner’s own (copy)', ownerId: owner.id }])
  })
})

describe('finding templates', () => {
  const database = createSuiteDatabase('find-templates')
  let clinic: TClinic
  let other: TClinic
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    const db = database()
    clinic = await createClinic(db, 'dogwood', 2)
    other = await createClinic(db, 'elm', 1)
    const [mine, colleagues] = [clinic.clinicians[0]!, clinic.clinicians[1]!]
    const save = async (owner: TActor, changes: Record<string, unknown>) => (ids[changes.name as string] = (await saveTemplate(db, owner, changes)).id)
    await save(mine, { name: 'Night cramps, seniors' })
    await save(mine, { name: 'Athlete after-training cramps', group: 'athlete', causes: ['muscle-fatigue'] })
    await save(colleagues, { name: 'Senior NIGHT routine', isShared: true })
    await save(colleagues, { name: 'Colleague’s private seniors', group: 'senior' })
    await save(clinic.admin, { name: 'Clinic standard: desk workers', isShared: true, group: 'office-worker', causes: ['prolonged-sitting'] })
    await save(other.clinicians[0]!, { name: 'Elm night cramps, seniors', isShared: true })
  })

  const names = (templates: { name: string }[]) => templates.map((template) => template.name).sort()

  it('lists a clinician’s own templates and those shared in their clinic, never a colleague’s personal ones or another clinic’s', async () => {
    expect(names(await findTemplates(database(), clinic.clinicians[0]!))).toEqual([
      'Athlete after-training cramps',
      'Clinic standard: desk workers',
      'Night cramps, seniors',
      'Senior NIGHT routine',
    ])
    expect(names(await findTemplates(database(), clinic.admin))).toEqual(['Clinic standard: desk workers', 'Senior NIGHT routine'])
    expect(names(await findTemplates(database(), other.clinicians[0]!))).toEqual(['Elm night cramps, seniors'])
  })

  it('shows who owns each template', async () => {
    const [shared] = await findTemplates(database(), clinic.clinicians[0]!, { search: 'desk' })
    expect(shared).toMatchObject({ id: ids['Clinic standard: desk workers'], owner: { name: 'admin of dogwood' } })
  })

  it('filters by patient group', async () => {
    expect(names(await findTemplates(database(), clinic.clinicians[0]!, { group: 'senior' }))).toEqual(['Night cramps, seniors', 'Senior NIGHT routine'])
    expect(names(await findTemplates(database(), clinic.clinicians[0]!, { group: 'athlete' }))).toEqual(['Athlete after-training cramps'])
    expect(await findTemplates(database(), clinic.clinicians[0]!, { group: 'pregnant' })).toEqual([])
  })

  it('searches names ignoring case, requiring every word in any order', async () => {
    const search = async (text: string) => names(await findTemplates(database(), clinic.clinicians[0]!, { search: text }))
    expect(await search('night')).toEqual(['Night cramps, seniors', 'Senior NIGHT routine'])
    expect(await search('  SENIOR   night ')).toEqual(['Night cramps, seniors', 'Senior NIGHT routine'])
    expect(await search('night cramps')).toEqual(['Night cramps, seniors'])
    expect(await search('night athlete')).toEqual([])
    expect(await search('   ')).toHaveLength(4)
  })

  it('combines search and group', async () => {
    expect(names(await findTemplates(database(), clinic.clinicians[0]!, { search: 'cramps', group: 'senior' }))).toEqual(['Night cramps, seniors'])
  })
})
