import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/require-user'
import { choiceLabel } from '@/lib/content/choice-labels'
import { topicLibrary } from '@/lib/content/load-topic'
import { todayIso } from '@/lib/handout/handout-model'
import { findTemplates } from '@/lib/data/templates/find-templates'
import { canChange } from '@/lib/data/templates/template-access'
import { db } from '@/lib/db'
import { optionsSummary } from '@/lib/handout/options'
import { templateFreshness } from '@/lib/handout/template-freshness'
import { templateOptionsOf } from '@/lib/handout/template-input'
import { PrintNow, TemplateActions } from './template-actions'

export const metadata: Metadata = { title: 'Templates' }

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const asText = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 100) : '')

export default async function TemplatesPage({ searchParams }: TProps) {
  const user = await requireUser()
  const params = await searchParams
  const search = asText(params.q)
  const topics = topicLibrary()
  const groups = topics.ids.flatMap((id) => topics.load(id).groups)
  const group = groups.some((candidate) => candidate.id === asText(params.group)) ? asText(params.group) : ''
  const templates = await findTemplates(db, user, { search, group: group || undefined })
  const today = todayIso()

  return (
    <>
      <h1>Templates</h1>
      <p className="lead">The handouts you give again and again. Use one to open the builder filled in, or print it straight away.</p>
      <form className="search-bar" role="search" method="get">
        <div className="field">
          <label htmlFor="q">Search by name</label>
          <input id="q" name="q" type="search" defaultValue={search} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="group-filter">Patient group</label>
          <select id="group-filter" name="group" defaultValue={group}>
            <option value="">All groups</option>
            {groups.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>

      {templates.length === 0 ? (
        <p className="placeholder">
          {search || group ? 'No template matches.' : 'No templates yet. In the builder, choose "Save as template".'}{' '}
          <Link href="/handouts/new">Open the builder</Link>
        </p>
      ) : (
        <ul className="template-list">
          {templates.map((template) => {
            const freshness = templateFreshness(template, topics, today)
            const chosen = new Set((Array.isArray(template.causes) ? template.causes : []).map(String))
            // In the topic's order, as the handout prints them.
            const causes = topics.ids.includes(template.topic) ? topics.load(template.topic).causes.filter((cause) => chosen.has(cause.id)).map((cause) => cause.label) : [...chosen]
            const isMine = template.ownerId === user.id
            return (
              <li key={template.id} className="card template-card">
                <h2>{template.name}</h2>
                <p className="template-meta">
                  {choiceLabel(template.topic, 'groups', template.group)}
                  {causes.length > 0 && ` · ${causes.join(', ')}`}
                </p>
                <p className="template-meta">{optionsSummary(templateOptionsOf(template.options))}</p>
                <p className="template-meta">
                  {template.isShared ? `Shared with the clinic by ${isMine ? 'you' : template.owner.name}` : 'Only you'}
                  {template.followUpDays ? ` · follow-up in ${template.followUpDays} days` : ''}
                </p>
                {freshness.status === 'changed' && (
                  <p className="badge badge-warn stale">
                    Guide updated since saved: {freshness.changedSections.map((section) => section.title).join(', ')}
                  </p>
                )}
                {freshness.status === 'invalid' && <p className="badge badge-warn stale">Needs editing: the guide no longer has some of its choices.</p>}
                <div className="row-actions">
                  <Link className="button" href={`/handouts/new?template=${template.id}`}>
                    Use
                  </Link>
                  {canChange(user, template) && (
                    <Link className="button-secondary" href={`/templates/${template.id}`}>
                      Edit
                    </Link>
                  )}
                  <TemplateActions templateId={template.id} name={template.name} isShared={template.isShared} canChange={canChange(user, template)} />
                </div>
                <PrintNow templateId={template.id} name={template.name} />
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
