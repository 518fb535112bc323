import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/require-user'
import { choiceLabel, topicTitle } from '@/lib/content/choice-labels'
import { contentVersionDates, findHistory } from '@/lib/data/history/find-history'
import { db } from '@/lib/db'

export const metadata: Metadata = { title: 'History' }

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function HistoryPage({ searchParams }: TProps) {
  const user = await requireUser()
  const isAdmin = user.role === 'admin'
  const isClinicWide = isAdmin && (await searchParams).scope === 'clinic'
  const entries = await findHistory(db, user, { isClinicWide })
  const versionDates = await contentVersionDates(db, user, entries.map((entry) => entry.contentVersion))
  const time = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' })
  const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' })

  return (
    <>
      <h1>History</h1>
      <p className="lead">
        {isClinicWide ? 'Every handout made in your clinic' : 'Handouts you made'}, newest first. Patients&apos; names and notes are never kept.
      </p>
      {isAdmin && (
        <p className="row-actions">
          {isClinicWide ? <Link href="/history">Show only mine</Link> : <Link href="/history?scope=clinic">Show the whole clinic</Link>}
          <Link href="/admin/usage">Usage charts</Link>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="placeholder">
          No handouts yet. <Link href="/handouts/new">Make one</Link>
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                {isClinicWide && <th scope="col">Who</th>}
                <th scope="col">Group</th>
                <th scope="col">Causes</th>
                <th scope="col">Template</th>
                <th scope="col">Pages</th>
                <th scope="col">Large print</th>
                <th scope="col">Guide version</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{time.format(entry.createdAt)}</td>
                  {isClinicWide && <td>{entry.user.name}</td>}
                  <td>{choiceLabel(entry.topic, 'groups', entry.group)}</td>
                  <td>{(Array.isArray(entry.causes) ? entry.causes : []).map((cause) => choiceLabel(entry.topic, 'causes', String(cause))).join(', ') || '—'}</td>
                  <td>{entry.template ? entry.template.name : '—'}</td>
                  <td className="number">{entry.pageCount}</td>
                  <td>{(entry.options as { largePrint?: boolean } | null)?.largePrint ? 'Yes' : 'No'}</td>
                  <td>
                    {topicTitle(entry.topic)}, version of {day.format(versionDates.get(entry.contentVersion) ?? entry.createdAt)}{' '}
                    <code title="The guide text's version, as printed at the foot of the handout">{entry.contentVersion.slice(0, 8)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
