import 'server-only'
import type { PrismaClient } from '../../../generated/prisma/client'

const DAY_MS = 86_400_000

/** Monday 00:00 UTC of the week holding `date`. */
export function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS)
}

export type TUsageStats = {
  perWeek: { weekStart: string; count: number }[]
  groups: { id: string; count: number }[]
  causes: { id: string; count: number }[]
  total: number
}

const ranked = (counts: Map<string, number>) => [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))

/** A clinic's handouts per week over the last `weeks` weeks, and its most used groups and causes. */
export async function getUsageStats(db: PrismaClient, { clinicId }: { clinicId: string }, { weeks = 12, now = new Date() } = {}): Promise<TUsageStats> {
  const firstWeek = new Date(weekStart(now).getTime() - (weeks - 1) * 7 * DAY_MS)
  const afterLastWeek = new Date(weekStart(now).getTime() + 7 * DAY_MS)
  const rows = await db.handoutLog.findMany({
    where: { clinicId, createdAt: { gte: firstWeek, lt: afterLastWeek } },
    select: { createdAt: true, group: true, causes: true },
  })
  const perWeek = Array.from({ length: weeks }, (_, index) => ({ weekStart: new Date(firstWeek.getTime() + index * 7 * DAY_MS).toISOString().slice(0, 10), count: 0 }))
  const groups = new Map<string, number>()
  const causes = new Map<string, number>()
  for (const row of rows) {
    const index = Math.floor((weekStart(row.createdAt).getTime() - firstWeek.getTime()) / (7 * DAY_MS))
    if (perWeek[index]) perWeek[index].count += 1
    groups.set(row.group, (groups.get(row.group) ?? 0) + 1)
    for (const cause of Array.isArray(row.causes) ? row.causes : []) if (typeof cause === 'string') causes.set(cause, (causes.get(cause) ?? 0) + 1)
  }
  return { perWeek, groups: ranked(groups), causes: ranked(causes), total: rows.length }
}
