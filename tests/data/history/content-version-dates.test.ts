import { describe, expect, it } from 'vitest'
import type { PrismaClient } from '@/generated/prisma/client'
import { contentVersionDates, findHistory } from '@/lib/data/history/find-history'
import { logHandout } from '@/lib/data/history/log-handout'
import type { TActor } from '@/lib/data/templates/template-access'
import { handoutModelOf } from '@/lib/handout/handout-model'
import { createSuiteDatabase } from '../../support/suite-database'
import { createClinic } from '../../support/template-fixtures'

async function logAt(db: PrismaClient, user: TActor, at: string, request: { group: string; causes: string[] }) {
  await logHandout(db, user, { handout: handoutModelOf(request, { date: at.slice(0, 10) }), pageCount: 2, renderMs: 300 })
  const [latest] = await db.handoutLog.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'desc' }, take: 1 })
  await db.handoutLog.update({ where: { id: latest!.id }, data: { createdAt: new Date(at) } })
}

describe('the guide version a history line names (issue 22)', () => {
  const database = createSuiteDatabase('content-version-dates')

  it('is dated by the first handout the clinic made with that text, never by another clinic’s', async () => {
    const db = database()
    const alder = await createClinic(db, 'alder', 1)
    const birch = await createClinic(db, 'birch', 1)
    const desk = { group: 'office-worker', causes: ['prolonged-sitting'] }
    await logAt(db, birch.admin, '2025-01-02T10:00:00Z', desk)
    await logAt(db, alder.admin, '2025-03-05T15:00:00Z', desk)
    await logAt(db, alder.clinicians[0]!, '2025-04-01T09:00:00Z', desk)
    await logAt(db, alder.clinicians[0]!, '2025-04-02T09:00:00Z', { group: 'senior', causes: ['dehydration'] })

    const entries = await findHistory(db, alder.admin, { isClinicWide: true })
    const dates = await contentVersionDates(db, alder.admin, entries.map((entry) => entry.contentVersion))
    const shown = entries.map((entry) => `${entry.group} ${dates.get(entry.contentVersion)?.toISOString().slice(0, 10)}`)
    expect(shown).toEqual(['senior 2025-04-02', 'office-worker 2025-03-05', 'office-worker 2025-03-05'])
    const birchEntries = await findHistory(db, birch.admin, { isClinicWide: true })
    expect((await contentVersionDates(db, birch.admin, [birchEntries[0]!.contentVersion])).get(birchEntries[0]!.contentVersion)?.toISOString().slice(0, 10)).toBe('2025-01-02')
  })
})
