import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { topicLibrary } from '@/lib/content/load-topic'
import { createTemplate } from '@/lib/data/templates/create-template'
import { duplicateTemplate } from '@/lib/data/templates/duplicate-template'
import { setTemplateShared, updateTemplate } from '@/lib/data/templates/update-template'
import { AppError } from '@/lib/errors'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { createSuiteDatabase } from '../../support/suite-database'
import { NIGHT_CRAMPS, createClinic, type TClinic } from '../../support/template-fixtures'

const topics = topicLibrary()

/** The field problems a refused save names, or 'saved'. */
const outcome = (saving: Promise<unknown>) => saving.then(
  () => 'saved',
  (error: unknown) => (error instanceof AppError ? error.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ') : `unexpected ${String(error)}`),
)

describe('template names (issue 22)', () => {
  const database = createSuiteDatabase('template-names')
  let clinic: TClinic
  let other: TClinic
  beforeAll(async () => {
    clinic = await createClinic(database(), 'hazel', 2)
    other = await createClinic(database(), 'ivy', 1)
  })
  afterEach(async () => {
    await database().template.deleteMany({})
  })

  const save = (actor: TClinic['admin'], changes: Record<string, unknown> = {}) => createTemplate(database(), actor, parseTemplateInput({ ...NIGHT_CRAMPS, ...changes }, topics), {})

  it('are unique among one clinician’s own templates and among the clinic’s shared ones, whatever the case or spacing', async () => {
    const [ana, ben] = clinic.clinicians as [TClinic['admin'], TClinic['admin']]
    await save(ana, { name: 'Night cramps' })
    expect(await outcome(save(ana, { name: '  night   CRAMPS ' }))).toBe('name: there is already a personal template called "night   CRAMPS"; choose another name')
    // Another clinician's own list, the shared list and another clinic are other places.
    expect(await outcome(save(ben, { name: 'Night cramps' }))).toBe('saved')
    expect(await outcome(save(ana, { name: 'Night cramps', isShared: true }))).toBe('saved')
    expect(await outcome(save(other.clinicians[0]!, { name: 'Night cramps', isShared: true }))).toBe('saved')
    expect(await outcome(save(ben, { name: 'NIGHT cramps', isShared: true }))).toBe('name: the clinic already shares a template called "NIGHT cramps"; choose another name')
    expect(await database().template.count({ where: { clinicId: clinic.id } })).toBe(3)
  })

  it('hold when a template is renamed or shared, and a copy takes the first free "(copy)" name', async () => {
    const [ana, ben] = clinic.clinicians as [TClinic['admin'], TClinic['admin']]
    const desk = await save(ana, { name: 'Desk cramps' })
    await save(ana, { name: 'Night cramps' })
    const rename = updateTemplate(database(), ana, { templateId: desk.id, expectedVersion: 1 }, parseTemplateInput({ ...NIGHT_CRAMPS, name: 'night cramps' }, topics), {})
    expect(await outcome(rename)).toBe('name: there is already a personal template called "night cramps"; choose another name')
    // Saving under its own name again is no clash.
    expect(await outcome(updateTemplate(database(), ana, { templateId: desk.id, expectedVersion: 1 }, parseTemplateInput({ ...NIGHT_CRAMPS, name: 'Desk cramps' }, topics), {}))).toBe('saved')

    const bensDesk = await save(ben, { name: 'Desk cramps', isShared: true })
    expect(await outcome(setTemplateShared(database(), ana, { templateId: desk.id, isShared: true }))).toBe('name: the clinic already shares a template called "Desk cramps"; choose another name')
    expect((await database().template.findUniqueOrThrow({ where: { id: desk.id } })).isShared).toBe(false)

    expect((await duplicateTemplate(database(), ana, { templateId: bensDesk.id })).name).toBe('Desk cramps (copy)')
    expect((await duplicateTemplate(database(), ana, { templateId: bensDesk.id })).name).toBe('Desk cramps (copy 2)')
  })
})
