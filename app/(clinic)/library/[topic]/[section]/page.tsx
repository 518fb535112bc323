import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { GradeBadge } from '@/components/grade-badge'
import { requireUser } from '@/lib/auth/require-user'
import { Markdown } from '@/components/markdown'
import { citationsOf, describeAudience, findSection } from '@/lib/content/describe-section'
import { listTopicIds, loadTopic } from '@/lib/content/load-topic'

type TParams = { params: Promise<{ topic: string; section: string }> }

function lookUp(topicId: string, sectionId: string) {
  if (!listTopicIds().includes(topicId)) notFound()
  const topic = loadTopic(topicId)
  const section = findSection(topic, sectionId)
  if (!section) notFound()
  return { topic, section }
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  // The title is the section's: only for someone who may see the page.
  await requireUser()
  const { topic, section } = await params
  return { title: lookUp(topic, section).section.title }
}

export default async function SectionPage({ params }: TParams) {
  await requireUser()
  const { topic: topicId, section: sectionId } = await params
  const { topic, section } = lookUp(topicId, sectionId)
  const replaced = section.replaces.map((id) => findSection(topic, id)?.title ?? id)
  return (
    <article>
      <p>
        <Link href="/library">← Guide library</Link> / {topic.title}
      </p>
      <h1>{section.title}</h1>
      <dl className="section-meta">
        <dt>Kind</dt>
        <dd>{section.kind}</dd>
        <dt>Shown on</dt>
        <dd>
          {describeAudience(topic, section)}
          {section.optional && ' (optional part)'}
        </dd>
        {replaced.length > 0 && (
          <>
            <dt>Replaces</dt>
            <dd>{replaced.join(', ')}</dd>
          </>
        )}
        <dt>Reading level</dt>
        <dd>
          <GradeBadge grade={section.readability.grade} /> {section.readability.words} words,{' '}
          {section.readability.sentences} sentences
        </dd>
        <dt>Version</dt>
        <dd>
          {section.hash.slice(0, 8)}. Not yet signed off by a clinical reviewer: handouts make no claim of review.
        </dd>
      </dl>
      <div className="section-body">
        <Markdown nodes={section.body.children} />
      </div>
      <h2>Sources</h2>
      <ol className="sources">
        {citationsOf(topic, section).map((reference) => (
          <li key={reference.key}>{reference.citation}</li>
        ))}
      </ol>
    </article>
  )
}
