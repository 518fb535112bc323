import { describe, expect, it } from 'vitest'
import { topicLibrary } from '@/lib/content/load-topic'
import { AppError } from '@/lib/errors'
import { parseHandoutRequest } from '@/lib/handout/request'
import { parseTemplateInput, templateOptionsOf, templateToRequestInput } from '@/lib/handout/template-input'
import { NIGHT_CRAMPS } from '../../support/template-fixtures'

const topics = topicLibrary()

/** What the save-template form shows for this input: the field problems it is refused with. */
function problemsOf(input: unknown) {
  try {
    parseTemplateInput(input, topics)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^Invalid template/) })
    return (error as AppError).problems
  }
  throw new Error('expected the template to be refused')
}

describe('the template a clinician saves', () => {
  it('keeps the builder’s choices, the default note and the follow-up interval, and nothing about a patient', () => {
    expect(parseTemplateInput(NIGHT_CRAMPS, topics)).toEqual({
      name: 'Night cramps, seniors',
      isShared: false,
      followUpDays: 14,
      request: { topic: 'leg-cramps', group: 'senior', causes: ['dehydration', 'medications'], options: { largePrint: false, includeSources: true, extras: [], language: 'en', teachBack: false, length: 'short', paper: 'letter' } },
      defaultNote: 'Stretch before bed.',
    })
  })

  it('needs only a name and a group; it is personal, with no note and no follow-up, unless asked', () => {
    expect(parseTemplateInput({ name: '  Athletes  ', group: 'athlete' }, topics)).toEqual({
      name: 'Athletes',
      isShared: false,
      followUpDays: null,
      request: { topic: 'leg-cramps', group: 'athlete', causes: [], options: { largePrint: false, includeSources: true, extras: [], language: 'en', teachBack: false, length: 'short', paper: 'letter' } },
      defaultNote: null,
    })
  })

  it('refuses a field it does not know, such as a patient’s name', () => {
    expect(problemsOf({ ...NIGHT_CRAMPS, patientFirstName: 'Ann' })).toEqual([{ field: 'patientFirstName', message: 'is not a template field' }])
    expect(problemsOf({ ...NIGHT_CRAMPS, personal: { patientFirstName: 'Ann' } })).toEqual([{ field: 'personal', message: 'is not a template field' }])
  })

  it('refuses an empty name', () => {
    expect(problemsOf({ ...NIGHT_CRAMPS, name: '   ' })).toEqual([{ field: 'name', message: 'must not be empty' }])
    expect(problemsOf({ ...NIGHT_CRAMPS, name: 'N'.repeat(81) })).toEqual([{ field: 'name', message: 'must be at most 80 characters' }])
  })

  it('refuses a group or cause the topic does not have, listing the valid ones', () => {
    expect(problemsOf({ ...NIGHT_CRAMPS, group: 'astronaut' })).toEqual([
      { field: 'group', message: 'unknown group "astronaut"; expected one of: senior, athlete, pregnant, office-worker, diabetic' },
    ])
    expect(problemsOf({ ...NIGHT_CRAMPS, causes: ['dehydration', 'bad-luck'] })).toEqual([
      { field: 'causes.1', message: expect.stringMatching(/^unknown cause "bad-luck"; expected one of: dehydration, electrolyte-imbalance, .*nutritional-deficiencies$/) },
    ])
  })

  it('takes a follow-up interval of whole days from 1 to 365', () => {
    expect(problemsOf({ ...NIGHT_CRAMPS, followUpDays: 0 })).toEqual([{ field: 'followUpDays', message: 'must be at least 1 day' }])
    expect(problemsOf({ ...NIGHT_CRAMPS, followUpDays: 731 })).toEqual([{ field: 'followUpDays', message: 'must be at most 730 days (two years)' }])
    expect(problemsOf({ ...NIGHT_CRAMPS, followUpDays: 1.5 })).toEqual([{ field: 'followUpDays', message: 'must be a whole number of days' }])
    expect(parseTemplateInput({ ...NIGHT_CRAMPS, followUpDays: 1 }, topics).followUpDays).toBe(1)
    expect(parseTemplateInput({ ...NIGHT_CRAMPS, followUpDays: 730 }, topics).followUpDays).toBe(730)
    expect(parseTemplateInput({ ...NIGHT_CRAMPS, followUpDays: null }, topics).followUpDays).toBeNull()
  })

  it('limits the default note to 600 characters, naming the defaultNote field', () => {
    expect(parseTemplateInput({ ...NIGHT_CRAMPS, defaultNote: 'a'.repeat(600) }, topics).defaultNote).toHaveLength(600)
    expect(problemsOf({ ...NIGHT_CRAMPS, defaultNote: 'a'.repeat(601) })).toEqual([{ field: 'defaultNote', message: 'expected at most 600 characters' }])
  })

  it('removes control characters from the default note and keeps its line breaks', () => {
    const { defaultNote } = parseTemplateInput({ ...NIGHT_CRAMPS, defaultNote: '  Stretch\u0000 before bed.\r\nCall us\u0007 if\u200B worse.  ' }, topics)
    expect(defaultNote).toBe('Stretch before bed.\nCall us if worse.')
    expect(parseTemplateInput({ ...NIGHT_CRAMPS, defaultNote: ' \u0000 ' }, topics).defaultNote).toBeNull()
  })

  it('keeps the length chosen, short unless the complete guide was asked for, and refuses any other', () => {
    expect(parseTemplateInput({ ...NIGHT_CRAMPS, options: { ...NIGHT_CRAMPS.options, length: 'full' } }, topics).request.options.length).toBe('full')
    expect(parseTemplateInput(NIGHT_CRAMPS, topics).request.options.length).toBe('short')
    expect(problemsOf({ ...NIGHT_CRAMPS, options: { length: 'long' } })).toEqual([{ field: 'options.length', message: 'unknown length "long"; expected one of: short, full' }])
  })

  it('names every wrong field at once', () => {
    expect(problemsOf({ ...NIGHT_CRAMPS, name: '', group: 'astronaut', followUpDays: 0, colour: 'blue' }).map((problem) => problem.field).sort()).toEqual([
      'colour',
      'followUpDays',
      'group',
      'name',
    ])
    expect(() => parseTemplateInput({ ...NIGHT_CRAMPS, name: '', followUpDays: 0 }, topics)).toThrow(
      'Invalid template:\n  name: must not be empty\n  followUpDays: must be at least 1 day',
    )
    expect(problemsOf('Night cramps')).toEqual([{ field: '(template)', message: 'expected an object' }])
  })
})

describe('the handout request a template makes for one patient', () => {
  const template = { topic: 'leg-cramps', group: 'senior', causes: ['dehydration'], options: NIGHT_CRAMPS.options, defaultNote: 'Stretch before bed.', followUpDays: 14 }

  it('sets the follow-up date the template’s number of days after the handout’s date', () => {
    expect(templateToRequestInput(template, { date: '2025-02-20' }).personal).toEqual({ note: 'Stretch before bed.', followUpDate: '2025-03-06' })
    expect(templateToRequestInput(template, { date: '2025-12-25' }).personal.followUpDate).toBe('2026-01-08')
    expect(templateToRequestInput({ ...template, followUpDays: 1 }, { date: '2024-02-28' }).personal.followUpDate).toBe('2024-02-29')
  })

  it('has no follow-up date and no note when the template has none', () => {
    expect(templateToRequestInput({ ...template, followUpDays: null, defaultNote: null }, { date: '2025-02-20' }).personal).toEqual({})
  })

  it('never names a patient unless one is given for this handout', () => {
    expect(templateToRequestInput(template, { date: '2025-02-20' }).personal).not.toHaveProperty('patientFirstName')
    expect(templateToRequestInput(template, { date: '2025-02-20', patientFirstName: '' }).personal).not.toHaveProperty('patientFirstName')
    expect(templateToRequestInput(template, { date: '2025-02-20', patientFirstName: 'Ann' }).personal).toEqual({
      note: 'Stretch before bed.',
      patientFirstName: 'Ann',
      followUpDate: '2025-03-06',
    })
  })

  it('prints the length the template was saved with, and a template saved before the length choice prints short', () => {
    const lengthOf = (options: unknown) => parseHandoutRequest(templateToRequestInput({ ...template, options }, { date: '2025-02-20' }), topics).request.options.length
    expect(lengthOf({ ...template.options, length: 'full' })).toBe('full')
    expect(lengthOf({ ...template.options, length: 'short' })).toBe('short')
    expect(lengthOf(template.options)).toBe('short')
    expect(templateOptionsOf(template.options)).toMatchObject({ length: 'short', teachBack: false, language: 'en' })
    expect(templateOptionsOf({ length: 'full', teachBack: true })).toMatchObject({ length: 'full', teachBack: true, largePrint: false })
  })

  it('is a request the builder accepts, with the template’s choices', () => {
    const { request } = parseHandoutRequest(templateToRequestInput(template, { date: '2025-02-20', patientFirstName: 'Ann' }), topics)
    expect(request).toEqual({
      topic: 'leg-cramps',
      group: 'senior',
      causes: ['dehydration'],
      options: { largePrint: false, includeSources: true, extras: [], language: 'en', teachBack: false, length: 'short', paper: 'letter' },
      personal: { patientFirstName: 'Ann', note: 'Stretch before bed.', followUpDate: '2025-03-06' },
    })
  })
})
