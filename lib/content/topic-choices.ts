import { listTopicIds, loadTopic } from './load-topic'

/** What the builder and template forms offer for each topic: groups, causes and optional parts. */
export function topicChoices() {
  return listTopicIds().map((id) => {
    const topic = loadTopic(id)
    return {
      id: topic.id,
      title: topic.title,
      groups: topic.groups,
      causes: topic.causes,
      hasSpanish: Boolean(topic.translations.es),
      extras: topic.sections.filter((section) => section.optional).map(({ id: sectionId, title }) => ({ id: sectionId, title })),
    }
  })
}
