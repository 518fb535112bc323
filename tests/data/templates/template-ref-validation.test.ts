import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { topicLibrary } from '@/lib/content/load-topic'
import { createTemplate } from '@/lib/data/templates/create-template'
import { deleteTemplate } from '@/lib/data/templates/delete-template'
import { duplicateTemplate } from '@/lib/data/templates/duplicate-template'
import type { TActor } from '@/lib/data/templates/template-access'
import { refreshTemplateContent, setTemplateShared, updateTemplate } from '@/lib/data/templates/update-template'
import { currentSectionVersions } from '@/lib/handout/template-freshness'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { createSuiteDatabase } from '../../support/suite-database'
import { NIGHT_CRAMPS } from '../../support/template-fixtures'

const topics = topicLibrary()
const input = parseTemplateInput(NIGHT_CRAMPS, topics)
const { sectionVersions } = currentSectionVersions({ ...input.request, defaultNote: input.defaultNote, followUpDays: input.followUpDays }, topics, '2025-03-10')

/** A value as a server action receives it: whatever the client sent, typed or not. */
const sent = <T>(value: unknown) => value as T

describe('a template version or id that is not what it claims is refused, naming the field (issue 20, item 7)', () => {
  const database = createSuiteDatabase('template-ref-validation')
  let owner: TActor

  beforeAll(async () => {
    const db = database()
    const clinic = await db.clinic.create({ data: { name: 'Elm Clinic', phone: '555-0100', address: '1 Elm Street' } })
    owner = await db.user.create({ data: { clinicId: clinic.id, email: 'owner@elm.test', name: 'Owner', role: 'clinician' }, select: { id: true, clinicId: true, role: true } })
  })

  // Each case starts with no templates: names are unique per owner and per clinic's shared list.
  afterEach(async () => {
    await database().template.deleteMany({})
  })

  const stored = (id: string) => database().template.findUniqueOrThrow({ where: { id } })

  it('a filter object as the version ({"gte": 0}) no longer passes the conflict check: nothing is written', async () => {
    const db = database()
    const template = await createTemplate(db, owner, input, sectionVersions)
    const renamed = parseTemplateInput({ ...NIGHT_CRAMPS, name: 'Renamed by a stale edit' }, topics)
    for (const attempt of [
      () => updateTemplate(db, owner, { templateId: template.id, expectedVersion: sent({ gte: 0 }) }, renamed, sectionVersions),
      () => refreshTemplateContent(db, owner, { templateId: template.id, expectedVersion: sent({ gte: 0 }) }, {}),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'invalid_input', problems: [{ field: 'expectedVersion', message: 'expected a whole number' }] })
    }
    expect(await stored(template.id)).toMatchObject({ name: NIGHT_CRAMPS.name, version: 1 })
  })

  it('a version too large for the database (1e308), negative, fractional or text is a field error, not a database error', async () => {
    const db = database()
    const template = await createTemplate(db, owner, input, sectionVersions)
    for (const version of [1e308, 2_147_483_648, -1, 0, 1.5, Number.NaN, '1', null]) {
      await expect(refreshTemplateContent(db, owner, { templateId: template.id, expectedVersion: sent(version) }, {}), String(version)).rejects.toMatchObject({
        code: 'invalid_input',
        problems: expect.arrayContaining([expect.objectContaining({ field: 'expectedVersion' })]),
      })
    }
    expect((await stored(template.id)).version).toBe(1)
  })

  it('an id that is a query object ({"not": ""}) reaches no query: copy, delete and share refuse it', async () => {
    const db = database()
    const template = await createTemplate(db, owner, input, sectionVersions)
    const before = await db.template.count()
    const notAnId = sent<string>({ not: '' })
    await expect(duplicateTemplate(db, owner, { templateId: notAnId })).rejects.toMatchObject({ code: 'invalid_input', problems: [{ field: 'templateId' }] })
    await expect(deleteTemplate(db, owner, { templateId: notAnId })).rejects.toMatchObject({ code: 'invalid_input', problems: [{ field: 'templateId' }] })
    await expect(setTemplateShared(db, owner, { templateId: template.id, isShared: sent('yes') })).rejects.toMatchObject({ code: 'invalid_input', problems: [{ field: 'isShared' }] })
    expect(await db.template.count()).toBe(before)
    expect(await stored(template.id)).toMatchObject({ isShared: false, version: 1 })
  })

  it('a whole-number version still saves', async () => {
    const db = database()
    const template = await createTemplate(db, owner, input, sectionVersions)
    await refreshTemplateContent(db, owner, { templateId: template.id, expectedVersion: 1 }, {})
    expect((await stored(template.id)).version).toBe(2)
  })
})
