import { beforeAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '@/generated/prisma/client'
import { topicLibrary } from '@/lib/content/load-topic'
import { handoutModelOf } from '@/lib/handout/handout-model'
import { findHistory } from '@/lib/data/history/find-history'
import { getUsageStats, weekStart } from '@/lib/data/history/get-usage-stats'
import { logHandout } from '@/lib/data/history/log-handout'
import { createTemplate } from '@/lib/data/templates/create-template'
import { deleteTemplate } from '@/lib/data/templates/delete-template'
import type { TActor } from '@/lib/data/templates/template-access'
import { parseTemplateInput } from '@/lib/handout/template-input'
import { createSuiteDatabase } from '../../support/suite-database'
import { createClinic, type TClinic } from '../../support/template-fixtures'

const topics = topicLibrary()

/** A handout made by `user` at the given moment: logged as the PDF route logs it, then dated. */
async function logHandoutAt(
  db: PrismaClient,
  user: TActor,
  at: string,
  { group, causes, templateId }: { group: string; causes: string[]; templateId?: string },
) {
  const handout = handoutModelOf({ group, causes }, { date: at.slice(0, 10) })
  const before = new Set((await db.handoutLog.findMany({ select: { id: true } })).map((row) => row.id))
  await logHandout(db, user, { handout, pageCount: 2, renderMs: 300, templateId })
  const [logged] = (await db.handoutLog.findMany({ select: { id: true } })).filter((row) => !before.has(row.id))
  await db.handoutLog.update({ where: { id: logged!.id }, data: { createdAt: new Date(at) } })
}

/** A history line as the history page shows it: when, who, for which group, from which template. */
function lines(entries: Awaited<ReturnType<typeof findHistory>>) {
  return entries.map((entry) => `${entry.createdAt.toISOString().slice(0, 16)} ${entry.user.name}: ${entry.group}${entry.template ? ` (${entry.template.name})` : ''}`)
}

describe('handout history and usage', () => {
  const database = createSuiteDatabase('handout-history')
  let alder: TClinic
  let birch: TClinic

  beforeAll(async () => {
    const db = database()
    alder = await createClinic(db, 'alder', 2)
    birch = await createClinic(db, 'birch', 1)
    const [first, second] = [alder.clinicians[0]!, alder.clinicians[1]!]
    const athletes = await createTemplate(db, first, parseTemplateInput({ name: 'Athletes after training', group: 'athlete', causes: ['muscle-fatigue'] }, topics), {})

    await logHandoutAt(db, first, '2025-02-16T23:59:00Z', { group: 'athlete', causes: ['muscle-fatigue'] })
    await logHandoutAt(db, first, '2025-02-17T00:00:00Z', { group: 'senior', causes: ['dehydration', 'medications'] })
    await logHandoutAt(db, second, '2025-03-04T09:00:00Z', { group: 'senior', causes: ['medications'] })
    await logHandoutAt(db, alder.admin, '2025-03-05T15:00:00Z', { group: 'office-worker', causes: ['prolonged-sitting'] })
    await logHandoutAt(db, first, '2025-03-09T23:59:59Z', { group: 'senior', causes: ['dehydration'] })
    await logHandoutAt(db, second, '2025-03-10T00:00:00Z', { group: 'diabetic', causes: ['poor-circulation', 'medications'] })
    await logHandoutAt(db, first, '2025-03-11T08:00:00Z', { group: 'athlete', causes: ['dehydration', 'muscle-fatigue'], templateId: athletes.id })

    await logHandoutAt(db, birch.clinicians[0]!, '2025-03-10T12:00:00Z', { group: 'pregnant', causes: ['pregnancy'] })
    await logHandoutAt(db, birch.admin, '2025-03-04T12:00:00Z', { group: 'pregnant', causes: ['pregnancy', 'dehydration'] })
  })

  describe('the history page', () => {
    it('shows a clinician only the handouts they made, newest first, with the template used', async () => {
      expect(lines(await findHistory(database(), alder.clinicians[0]!, { isClinicWide: false }))).toEqual([
        '2025-03-11T08:00 clinician1 of alder: athlete (Athletes after training)',
        '2025-03-09T23:59 clinician1 of alder: senior',
        '2025-02-17T00:00 clinician1 of alder: senior',
        '2025-02-16T23:59 clinician1 of alder: athlete',
      ])
      expect(lines(await findHistory(database(), alder.clinicians[1]!, { isClinicWide: false }))).toEqual([
        '2025-03-10T00:00 clinician2 of alder: diabetic',
        '2025-03-04T09:00 clinician2 of alder: senior',
      ])
    })

    it('still shows a clinician only their own when they ask for the whole clinic', async () => {
      const own = await findHistory(database(), alder.clinicians[1]!, { isClinicWide: false })
      expect(await findHistory(database(), alder.clinicians[1]!, { isClinicWide: true })).toEqual(own)
      expect(lines(await findHistory(database(), birch.clinicians[0]!, { isClinicWide: true }))).toEqual(['2025-03-10T12:00 clinician1 of birch: pregnant'])
    })

    it('shows a clinic admin the whole clinic’s handouts when asked, and never another clinic’s', async () => {
      expect(lines(await findHistory(database(), alder.admin, { isClinicWide: true }))).toEqual([
        '2025-03-11T08:00 clinician1 of alder: athlete (Athletes after training)',
        '2025-03-10T00:00 clinician2 of alder: diabetic',
        '2025-03-09T23:59 clinician1 of alder: senior',
        '2025-03-05T15:00 admin of alder: office-worker',
        '2025-03-04T09:00 clinician2 of alder: senior',
        '2025-02-17T00:00 clinician1 of alder: senior',
        '2025-02-16T23:59 clinician1 of alder: athlete',
      ])
      expect(lines(await findHistory(database(), birch.admin, { isClinicWide: true }))).toEqual([
        '2025-03-10T12:00 clinician1 of birch: pregnant',
        '2025-03-04T12:00 admin of birch: pregnant',
      ])
    })

    it('shows an admin only their own handouts unless they ask for the whole clinic', async () => {
      expect(lines(await findHistory(database(), alder.admin, { isClinicWide: false }))).toEqual(['2025-03-05T15:00 admin of alder: office-worker'])
    })

    it('shows at most the requested number of entries, the newest', async () => {
      expect(lines(await findHistory(database(), alder.admin, { isClinicWide: true, limit: 2 }))).toEqual([
        '2025-03-11T08:00 clinician1 of alder: athlete (Athletes after training)',
        '2025-03-10T00:00 clinician2 of alder: diabetic',
      ])
    })

    it('records the choices, content version, page count and render time of each handout', async () => {
      const [newest] = await findHistory(database(), alder.clinicians[0]!, { isClinicWide: false, limit: 1 })
      const handout = handoutModelOf({ group: 'athlete', causes: ['dehydration', 'muscle-fatigue'] }, { date: '2025-03-11' })
      expect(newest).toMatchObject({
        clinicId: alder.id,
        userId: alder.clinicians[0]!.id,
        topic: 'leg-cramps',
        group: 'athlete',
        causes: handout.causes.map((cause) => cause.id),
        options: { largePrint: false, includeSources: true },
        contentVersion: handout.contentVersion,
        pageCount: 2,
        renderMs: 300,
      })
      expect([...(newest!.causes as string[])].sort()).toEqual(['dehydration', 'muscle-fatigue'])
    })
  })

  describe('the usage page', () => {
    const NOW = new Date('2025-03-12T10:00:00Z') // a Wednesday

    it('counts a clinic’s handouts per week, Monday to Sunday in UTC, over the weeks asked for', async () => {
      const stats = await getUsageStats(database(), { clinicId: alder.id }, { weeks: 4, now: NOW })
      expect(stats.perWeek).toEqual([
        { weekStart: '2025-02-17', count: 1 },
        { weekStart: '2025-02-24', count: 0 },
        { weekStart: '2025-03-03', count: 3 },
        { weekStart: '2025-03-10', count: 2 },
      ])
      expect(stats.total).toBe(6)
    })

    it('leaves out handouts made after the last week shown, in the totals as in the weeks', async () => {
      const stats = await getUsageStats(database(), { clinicId: alder.id }, { weeks: 2, now: new Date('2025-03-01T10:00:00Z') })
      expect(stats.perWeek).toEqual([
        { weekStart: '2025-02-17', count: 1 },
        { weekStart: '2025-02-24', count: 0 },
      ])
      expect(stats.total).toBe(1)
      expect(stats.groups).toEqual([{ id: 'senior', count: 1 }])
    })

    it('ranks the clinic’s most used groups and causes, ties in alphabetical order', async () => {
      const stats = await getUsageStats(database(), { clinicId: alder.id }, { weeks: 4, now: NOW })
      expect(stats.groups).toEqual([
        { id: 'senior', count: 3 },
        { id: 'athlete', count: 1 },
        { id: 'diabetic', count: 1 },
        { id: 'office-worker', count: 1 },
      ])
      expect(stats.causes).toEqual([
        { id: 'dehydration', count: 3 },
        { id: 'medications', count: 3 },
        { id: 'muscle-fatigue', count: 1 },
        { id: 'poor-circulation', count: 1 },
        { id: 'prolonged-sitting', count: 1 },
      ])
    })

    it('counts only the clinic’s own handouts', async () => {
      expect(await getUsageStats(database(), { clinicId: birch.id }, { weeks: 4, now: NOW })).toEqual({
        perWeek: [
          { weekStart: '2025-02-17', count: 0 },
          { weekStart: '2025-02-24', count: 0 },
          { weekStart: '2025-03-03', count: 1 },
          { weekStart: '2025-03-10', count: 1 },
        ],
        groups: [{ id: 'pregnant', count: 2 }],
        causes: [
          { id: 'pregnancy', count: 2 },
          { id: 'dehydration', count: 1 },
        ],
        total: 2,
      })
    })

    it('covers twelve weeks by default, taking in older handouts', async () => {
      const stats = await getUsageStats(database(), { clinicId: alder.id }, { now: NOW })
      expect(stats.perWeek).toHaveLength(12)
      expect(stats.perWeek[0]).toEqual({ weekStart: '2024-12-23', count: 0 })
      expect(stats.perWeek.at(-1)).toEqual({ weekStart: '2025-03-10', count: 2 })
      expect(stats.perWeek.find((week) => week.weekStart === '2025-02-10')).toEqual({ weekStart: '2025-02-10', count: 1 })
      expect(stats.total).toBe(7)
    })

    it('starts each week on Monday at midnight UTC', () => {
      expect(weekStart(new Date('2025-03-10T00:00:00Z')).toISOString()).toBe('2025-03-10T00:00:00.000Z')
      expect(weekStart(new Date('2025-03-16T23:59:59Z')).toISOString()).toBe('2025-03-10T00:00:00.000Z')
      expect(weekStart(new Date('2025-03-17T00:00:00Z')).toISOString()).toBe('2025-03-17T00:00:00.000Z')
      expect(weekStart(new Date('2025-01-01T12:00:00Z')).toISOString()).toBe('2024-12-30T00:00:00.000Z')
    })
  })

  it('keeps handouts made from a deleted template in the history, without the link', async () => {
    const db = database()
    const cedar = await createClinic(db, 'cedar', 1)
    const clinician = cedar.clinicians[0]!
    const template = await createTemplate(db, clinician, parseTemplateInput({ name: 'Pregnancy nights', group: 'pregnant', causes: ['pregnancy'] }, topics), {})
    await logHandoutAt(db, clinician, '2025-03-11T09:30:00Z', { group: 'pregnant', causes: ['pregnancy'], templateId: template.id })
    expect(lines(await findHistory(db, clinician, { isClinicWide: false }))).toEqual(['2025-03-11T09:30 clinician1 of cedar: pregnant (Pregnancy nights)'])

    await deleteTemplate(db, clinician, { templateId: template.id })

    expect(lines(await findHistory(db, clinician, { isClinicWide: false }))).toEqual(['2025-03-11T09:30 clinician1 of cedar: pregnant'])
  })
})
