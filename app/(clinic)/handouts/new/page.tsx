import type { Metadata } from 'next'
import { requireUser } from '@/lib/auth/require-user'
import { listTopicIds, loadTopic } from '@/lib/content/load-topic'
import { HandoutForm, type TTopicChoices } from './handout-form'

export const metadata: Metadata = { title: 'New handout' }

export default async function NewHandoutPage() {
  const user = await requireUser()
  const topics: TTopicChoices[] = listTopicIds().map((id) => {
    const topic = loadTopic(id)
    return {
      id: topic.id,
      title: topic.title,
      groups: topic.groups,
      causes: topic.causes,
      extras: topic.sections.filter((section) => section.optional).map(({ id: sectionId, title }) => ({ id: sectionId, title })),
    }
  })
  return (
    <>
      <h1>New handout</h1>
      <p className="lead">
        Choose who it is for and what fits. The preview updates as you go; {user.clinic.name} and your name are printed on it.
      </p>
      <HandoutForm topics={topics} />
    </>
  )
}
