import type { Metadata } from 'next'
import Link from 'next/link'
import { requireAdmin } from '@/lib/auth/require-user'
import { allChoiceLabels } from '@/lib/content/choice-labels'
import { getUsageStats } from '@/lib/data/history/get-usage-stats'
import { db } from '@/lib/db'

export const metadata: Metadata = { title: 'Usage' }

function BarChart({ title, rows }: { title: string; rows: { label: string; count: number }[] }) {
  const max = Math.max(1, ...rows.map((row) => row.count))
  return (
    <section aria-label={title} className="card">
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="hint">No handouts yet.</p>
      ) : (
        <div className="bar-chart" role="list">
          {rows.map((row) => (
            <div className="bar-row" role="listitem" key={row.label} aria-label={`${row.label}: ${row.count}`}>
              <span>{row.label}</span>
              <span className="bar" style={{ width: `${(row.count / max) * 100}%` }} aria-hidden="true" />
              <span className="number">{row.count}</span>
            </div>
          ))}
        </div>
      )}
    </section>
  )
}

export default async function UsagePage() {
  const admin = await requireAdmin()
  const stats = await getUsageStats(db, { clinicId: admin.clinicId })
  const labels = allChoiceLabels()
  const max = Math.max(1, ...stats.perWeek.map((week) => week.count))
  const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })
  return (
    <>
      <p>
        <Link href="/admin">← Clinic admin</Link>
      </p>
      <h1>Usage</h1>
      <p className="lead">
        {stats.total} {stats.total === 1 ? 'handout' : 'handouts'} in the last 12 weeks.
      </p>
      <section aria-labelledby="weeks-heading" className="card">
        <h2 id="weeks-heading">Handouts per week</h2>
        <div className="week-chart" role="list">
          {stats.perWeek.map((week) => (
            <div key={week.weekStart} role="listitem" className="week-bar" style={{ height: `${(week.count / max) * 100}%` }} aria-label={`Week of ${shortDate.format(new Date(week.weekStart))}: ${week.count}`} title={`${week.count}`} />
          ))}
        </div>
        <div className="week-labels" aria-hidden="true">
          {stats.perWeek.map((week) => (
            <span key={week.weekStart}>{shortDate.format(new Date(week.weekStart))}</span>
          ))}
        </div>
      </section>
      <div className="admin-grid">
        <BarChart title="Most used groups" rows={stats.groups.map((row) => ({ label: labels.get(row.id) ?? row.id, count: row.count }))} />
        <BarChart title="Most used causes" rows={stats.causes.slice(0, 10).map((row) => ({ label: labels.get(row.id) ?? row.id, count: row.count }))} />
      </div>
    </>
  )
}
