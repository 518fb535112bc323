import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/require-user'
import { topicChoices } from '@/lib/content/topic-choices'
import { todayIso } from '@/lib/handout/handout-model'
import { getTemplateById } from '@/lib/data/templates/get-template'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { paperOf } from '@/lib/handout/options'
import { templateOptionsOf, templateToRequestInput } from '@/lib/handout/template-input'
import { HandoutForm, type TBuilderStart } from './handout-form'

export const metadata: Metadata = { title: 'New handout' }

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The builder, empty or filled from a template (?template=<id>) the user can see. */
async function startFrom(user: Awaited<ReturnType<typeof requireUser>>, templateId: unknown): Promise<TBuilderStart | undefined> {
  if (typeof templateId !== 'string' || !templateId) return undefined
  try {
    const template = await getTemplateById(db, user, templateId)
    const input = templateToRequestInput(template, { date: todayIso() })
    return {
      templateId: template.id,
      templateName: template.name,
      choices: {
        topic: input.topic,
        group: input.group,
        causes: input.causes as string[],
        options: templateOptionsOf(input.options),
      },
      note: input.personal.note ?? '',
      followUpDate: input.personal.followUpDate ?? '',
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return undefined
    throw error
  }
}

export default async function NewHandoutPage({ searchParams }: TProps) {
  const user = await requireUser()
  const params = await searchParams
  const start = await startFrom(user, params.template)
  return (
    <>
      <h1>New handout</h1>
      {params.template && !start && (
        <p className="alert" role="alert">
          That template does not exist or is not shared with you. <Link href="/templates">See your templates</Link>.
        </p>
      )}
      <p className="lead">
        {start ? `From the template "${start.templateName}". ` : ''}Choose who it is for and what fits. The preview updates as you go; {user.clinic.name} and your name
        are printed on it.
      </p>
      <HandoutForm topics={topicChoices()} start={start} paper={paperOf(user.clinic.paper)} />
    </>
  )
}
