import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '@/generated/prisma/client'
import { loadTopic, topicLibrary } from '@/lib/content/load-topic'
import { createTemplate } from '@/lib/data/templates/create-template'
import { getTemplateById } from '@/lib/data/templates/get-template'
import type { TActor } from '@/lib/data/templates/template-access'
import { refreshTemplateContent } from '@/lib/data/templates/update-template'
import { currentSectionVersions, templateFreshness } from '@/lib/handout/template-freshness'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { createSuiteDatabase } from '../../support/suite-database'
import { NIGHT_CRAMPS } from '../../support/template-fixtures'

const topics = topicLibrary()
const TODAY = '2025-03-10'

const titleOf = (sectionId: string) => loadTopic('leg-cramps').sections.find((section) => section.id === sectionId)!.title

describe('whether a saved template still matches the guide library', () => {
  const database = createSuiteDatabase('template-freshness')
  let owner: TActor

  beforeAll(async () => {
    const db = database()
    const clinic = await db.clinic.create({ data: { name: 'Gum Clinic', phone: '555-0100', address: '1 Gum Street' } })
    owner = await db.user.create({ data: { clinicId: clinic.id, email: 'owner@gum.test', name: 'Olive Owner', role: 'clinician' }, select: { id: true, clinicId: true, role: true } })
  })

  // Each case starts with no templates: names are unique per owner and per clinic's shared list.
  afterEach(async () => {
    await database().template.deleteMany({})
  })

  /** "Save as template" with today's section versions, then read back as the templates page reads it. */
  async function saveTemplate(db: PrismaClient) {
    const parsed = parseTemplateInput(NIGHT_CRAMPS, topics)
    const { sectionVersions } = currentSectionVersions({ ...parsed.request, defaultNote: parsed.defaultNote, followUpDays: parsed.followUpDays }, topics, TODAY)
    const { id } = await createTemplate(db, owner, parsed, sectionVersions)
    return getTemplateById(db, owner, id)
  }

  /** Pretends the library changed since the template was saved, by changing what the template remembers. */
  async function rememberDifferently(db: PrismaClient, templateId: string, change: (saved: Record<string, string>) => Record<string, string>) {
    const { sectionVersions } = await db.template.findUniqueOrThrow({ where: { id: templateId } })
    await db.template.update({ where: { id: templateId }, data: { sectionVersions: change({ ...(sectionVersions as Record<string, string>) }) } })
    return getTemplateById(db, owner, templateId)
  }

  it('is current right after saving', async () => {
    const template = await saveTemplate(database())

    const freshness = templateFreshness(template, topics, TODAY)

    expect(freshness).toEqual({ status: 'current', sectionVersions: template.sectionVersions })
    expect(Object.keys(template.sectionVersions as object)).toEqual(expect.arrayContaining(['key-points', 'group-senior', 'cause-dehydration', 'cause-medications']))
  })

  it('names, by title, a section that changed since the template was saved', async () => {
    const db = database()
    const saved = await saveTemplate(db)

    const template = await rememberDifferently(db, saved.id, (versions) => ({ ...versions, 'cause-dehydration': '0000000000000000' }))

    expect(templateFreshness(template, topics, TODAY)).toEqual({
      status: 'changed',
      changedSections: [{ id: 'cause-dehydration', title: titleOf('cause-dehydration') }],
      sectionVersions: saved.sectionVersions,
    })
    expect(titleOf('cause-dehydration')).toBe('If you are low on fluid')
  })

  it('names a section that appeared since, and one that went away', async () => {
    const db = database()
    const saved = await saveTemplate(db)

    const template = await rememberDifferently(db, saved.id, (versions) => {
      delete versions['cause-medications']
      return { ...versions, 'retired-section': 'abcdef0123456789' }
    })

    const freshness = templateFreshness(template, topics, TODAY)
    expect(freshness.status).toBe('changed')
    expect(freshness).toMatchObject({
      changedSections: expect.arrayContaining([
        { id: 'cause-medications', title: 'If a medicine may be the cause' },
        { id: 'retired-section', title: 'retired-section' },
      ]),
    })
    expect(freshness.status === 'changed' && freshness.changedSections).toHaveLength(2)
  })

  it('is current again once refreshed, one version later', async () => {
    const db = database()
    const saved = await saveTemplate(db)
    const changed = await rememberDifferently(db, saved.id, (versions) => ({ ...versions, 'key-points': '0000000000000000' }))
    expect(templateFreshness(changed, topics, TODAY).status).toBe('changed')

    const { sectionVersions } = currentSectionVersions(changed, topics, TODAY)
    await refreshTemplateContent(db, owner, { templateId: saved.id, expectedVersion: changed.version }, sectionVersions)

    const refreshed = await getTemplateById(db, owner, saved.id)
    expect(templateFreshness(refreshed, topics, TODAY)).toEqual({ status: 'current', sectionVersions: saved.sectionVersions })
    expect(refreshed.version).toBe(changed.version + 1)
    // Only what it remembers of the library changes; the clinician's choices stay as they were.
    expect(refreshed).toMatchObject({ name: saved.name, group: saved.group, causes: saved.causes, defaultNote: saved.defaultNote, followUpDays: saved.followUpDays })
  })

  it('is invalid, saying why, when it asks for a cause the topic does not have', async () => {
    const db = database()
    const { id } = await db.template.create({
      data: {
        clinicId: owner.clinicId,
        ownerId: owner.id,
        name: 'Old template',
        topic: 'leg-cramps',
        group: 'senior',
        causes: ['bad-luck'],
        options: { largePrint: false, includeSources: true, extras: [] },
        sectionVersions: {},
      },
    })
    const template = await getTemplateById(db, owner, id)

    expect(templateFreshness(template, topics, TODAY)).toEqual({
      status: 'invalid',
      problems: [expect.stringMatching(/^causes\.0: unknown cause "bad-luck"; expected one of: dehydration, /)],
    })
  })
})
