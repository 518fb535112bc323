import type { Metadata } from 'next'
import Link from 'next/link'
import { GradeBadge } from '@/components/grade-badge'
import { requireUser } from '@/lib/auth/require-user'
import { checkReadability } from '@/lib/content/check-readability'
import { describeAudience } from '@/lib/content/describe-section'
import { listTopicIds, loadTopic } from '@/lib/content/load-topic'

export const metadata: Metadata = { title: 'Guide library' }

export default async function LibraryPage() {
  // Before anything is read: the layout's own check runs beside this page, not before it.
  await requireUser()
  const topics = listTopicIds().map(loadTopic)
  return (
    <>
      <h1>Guide library</h1>
      <p className="lead">
        Every handout is assembled from these sections, each with its sources. No section has been signed off by a
        clinical reviewer yet, so no handout claims a review.
      </p>
      {topics.map((topic) => {
        const { averageGrade } = checkReadability(topic)
        return (
          <section key={topic.id} aria-labelledby={`topic-${topic.id}`}>
            <h2 id={`topic-${topic.id}`}>{topic.title}</h2>
            <ul className="stats">
              <li>{topic.sections.length} sections</li>
              <li>Average grade {averageGrade.toFixed(1)}</li>
              <li>
                {topic.groups.length} patient groups, {topic.causes.length} causes
              </li>
            </ul>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Section</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Shown on</th>
                    <th scope="col">Reading level</th>
                    <th scope="col">Words</th>
                    <th scope="col">Sources</th>
                    <th scope="col">Version</th>
                  </tr>
                </thead>
                <tbody>
                  {topic.sections.map((section) => (
                    <tr key={section.id}>
                      <th scope="row">
                        <Link href={`/library/${topic.id}/${section.id}`}>{section.title}</Link>
                      </th>
                      <td>{section.kind}</td>
                      <td>
                        {describeAudience(topic, section)}
                        {section.optional && <span className="badge badge-plain"> optional</span>}
                      </td>
                      <td>
                        <GradeBadge grade={section.readability.grade} />
                      </td>
                      <td className="number">{section.readability.words}</td>
                      <td className="source-keys">{section.sources.join(', ')}</td>
                      <td className="source-keys">{section.hash.slice(0, 8)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
    </>
  )
}
