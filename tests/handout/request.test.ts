import { describe, expect, it } from 'vitest'
import { topicLibrary } from '@/lib/content/load-topic'
import { AppError } from '@/lib/errors'
import { NOTE_MAX_LENGTH, parseHandoutRequest } from '@/lib/handout/request'

const topics = topicLibrary()
const parse = (input: unknown) => parseHandoutRequest(input, topics).request

function problemsOf(input: unknown) {
  try {
    parse(input)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return (error as AppError).problems
  }
  throw new Error('expected the request to be rejected')
}

describe('a handout request', () => {
  it('needs only a group; everything else has a sensible default', () => {
    expect(parse({ group: 'athlete' })).toEqual({
      topic: 'leg-cramps',
      group: 'athlete',
      causes: [],
      options: { largePrint: false, includeSources: true, extras: [], language: 'en', teachBack: false, length: 'short', paper: 'letter' },
      personal: {},
    })
  })

  it('prints on Letter or A4, and names the field for any other paper', () => {
    expect(parse({ group: 'senior', options: { paper: 'a4' } }).options.paper).toBe('a4')
    expect(problemsOf({ group: 'senior', options: { paper: 'legal' } })).toEqual([{ field: 'options.paper', message: 'unknown paper size "legal"; expected one of: letter, a4' }])
  })

  it('names the field and lists the valid values for an unknown group, cause or optional part', () => {
    expect(problemsOf({ group: 'astronaut' })).toEqual([
      { field: 'group', message: 'unknown group "astronaut"; expected one of: senior, athlete, pregnant, office-worker, diabetic' },
    ])
    const [cause] = problemsOf({ group: 'senior', causes: ['dehydration', 'bad-luck'] })
    expect(cause).toEqual({ field: 'causes.1', message: expect.stringMatching(/^unknown cause "bad-luck"; expected one of: dehydration, electrolyte-imbalance, /) })
    const [extra] = problemsOf({ group: 'senior', options: { extras: ['overview'] } })
    expect(extra).toEqual({ field: 'options.extras.0', message: expect.stringMatching(/^unknown optional part "overview"; expected one of: .*comparison-restless-legs/) })
  })

  it('refuses a cause that cannot fit the group, such as pregnancy for a senior, naming both', () => {
    expect(problemsOf({ group: 'senior', causes: ['dehydration', 'pregnancy'] })).toEqual([{ field: 'causes', message: 'cause "pregnancy" does not fit the group "senior"; remove it or choose another group' }])
    expect(() => parse({ group: 'office-worker', causes: ['pregnancy'] })).not.toThrow()
  })

  it('rejects an unknown topic with the list of topics', () => {
    expect(problemsOf({ topic: 'gout', group: 'senior' })).toEqual([{ field: 'topic', message: 'unknown topic "gout"; expected one of: leg-cramps' }])
  })

  it('rejects fields it does not know, wrong types and repeated causes', () => {
    expect(problemsOf({ group: 'senior', admin: true })[0]).toMatchObject({ field: '(request)', message: expect.stringMatching(/admin/) })
    expect(problemsOf({ group: 'senior', options: { largePrint: 'yes' } })[0]).toMatchObject({ field: 'options.largePrint' })
    expect(problemsOf({ group: 'senior', causes: ['dehydration', 'dehydration'] })[0]).toMatchObject({ field: 'causes', message: 'expected each cause at most once' })
    expect(problemsOf({})[0]).toMatchObject({ field: 'group' })
  })

  it('removes control characters from the note and keeps its line breaks', () => {
    const { personal } = parse({ group: 'senior', personal: { note: '  Stretch\u0000 before bed.\r\nCall us\u0007 if worse.\n\n\n\nThanks  ' } })
    expect(personal.note).toBe('Stretch before bed.\nCall us if worse.\n\nThanks')
  })

  it('limits the note length after cleaning, naming the limit', () => {
    expect(parse({ group: 'senior', personal: { note: 'a'.repeat(NOTE_MAX_LENGTH) } }).personal.note).toHaveLength(NOTE_MAX_LENGTH)
    expect(problemsOf({ group: 'senior', personal: { note: 'a'.repeat(NOTE_MAX_LENGTH + 1) } })).toEqual([
      { field: 'personal.note', message: `expected at most ${NOTE_MAX_LENGTH} characters` },
    ])
  })

  it('keeps accents and symbols in a note exactly, in composed form', () => {
    expect(parse({ group: 'senior', personal: { note: 'Sen\u0303ora Muñoz, ≥ 2 días' } }).personal.note).toBe('Señora Muñoz, ≥ 2 días')
  })

  it('treats a blank first name or note as absent', () => {
    expect(parse({ group: 'senior', personal: { patientFirstName: '   ', note: '\u0000' } }).personal).toEqual({})
  })

  it('accepts real first names and refuses anything that is not one', () => {
    for (const name of ['Ana', "O'Neil", 'Jean-Luc', 'Zoë', 'José María']) {
      expect(parse({ group: 'senior', personal: { patientFirstName: name } }).personal.patientFirstName).toBe(name)
    }
    for (const name of ['<script>', '12345', 'a'.repeat(41)]) {
      expect(problemsOf({ group: 'senior', personal: { patientFirstName: name } })[0]).toMatchObject({ field: 'personal.patientFirstName' })
    }
  })

  it('checks the follow-up date and the clinic phone', () => {
    expect(problemsOf({ group: 'senior', personal: { followUpDate: '2026-02-30' } })[0]).toMatchObject({ field: 'personal.followUpDate', message: 'expected a real calendar date' })
    expect(parse({ group: 'senior', personal: { clinicPhone: '+1 (555) 010-0100' } }).personal.clinicPhone).toBe('+1 (555) 010-0100')
    expect(problemsOf({ group: 'senior', personal: { clinicPhone: 'call me' } })[0]).toMatchObject({ field: 'personal.clinicPhone' })
  })

  it('takes a follow-up date from the handout’s day to two years ahead, and refuses one outside it naming the range', () => {
    const onDay = (followUpDate: string) => parseHandoutRequest({ group: 'senior', personal: { followUpDate } }, topics, { date: '2026-12-07' }).request.personal.followUpDate
    expect(onDay('2026-12-07')).toBe('2026-12-07')
    expect(onDay('2028-12-06')).toBe('2028-12-06')
    for (const slip of ['0001-01-01', '2026-12-06', '2028-12-07', '9999-12-31']) {
      expect(() => onDay(slip)).toThrow(/personal\.followUpDate: must be from 2026-12-07 \(today\) to 2028-12-06 \(two years ahead\)/)
    }
  })
})
