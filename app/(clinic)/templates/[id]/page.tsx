import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import type { TChoices } from '@/components/handout-choices'
import { requireUser } from '@/lib/auth/require-user'
import { topicLibrary } from '@/lib/content/load-topic'
import { topicChoices } from '@/lib/content/topic-choices'
import { todayIso } from '@/lib/handout/handout-model'
import { getChangeableTemplate } from '@/lib/data/templates/get-template'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { templateFreshness } from '@/lib/handout/template-freshness'
import { templateOptionsOf } from '@/lib/handout/template-input'
import { RefreshTemplate, TemplateEditForm } from './template-edit-form'

export const metadata: Metadata = { title: 'Edit template' }

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser()
  let template
  try {
    template = await getChangeableTemplate(db, user, (await params).id)
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound()
    if (error instanceof AppError && error.code === 'forbidden') {
      return (
        <>
          <h1>Edit template</h1>
          <p className="alert">{error.message}. You can duplicate it and edit your copy.</p>
          <Link href="/templates">Back to templates</Link>
        </>
      )
    }
    throw error
  }
  const freshness = templateFreshness(template, topicLibrary(), todayIso())
  const choices = { topic: template.topic, group: template.group, causes: template.causes, options: templateOptionsOf(template.options) } as TChoices
  return (
    <>
      <p>
        <Link href="/templates">← Templates</Link>
      </p>
      <h1>Edit template</h1>
      {freshness.status === 'changed' && (
        <div className="card stale-box">
          <p>
            <strong>The guide library changed since this template was saved.</strong> These sections are new or different:
          </p>
          <ul>
            {freshness.changedSections.map((section) => (
              <li key={section.id}>
                <Link href={`/library/${template.topic}/${section.id}`}>{section.title}</Link>
              </li>
            ))}
          </ul>
          <RefreshTemplate templateId={template.id} version={template.version} />
        </div>
      )}
      <TemplateEditForm
        key={template.version}
        topics={topicChoices()}
        template={{ id: template.id, version: template.version, name: template.name, isShared: template.isShared, defaultNote: template.defaultNote ?? '', followUpDays: template.followUpDays, choices }}
      />
    </>
  )
}
