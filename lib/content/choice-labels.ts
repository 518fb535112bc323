import { listTopicIds, loadTopic } from './load-topic'

type TKind = 'groups' | 'causes'

/** The label of a group or cause id as a clinician reads it; the id itself for one the topic no longer has. */
export function choiceLabel(topicId: string, kind: TKind, id: string): string {
  if (!listTopicIds().includes(topicId)) return id
  return loadTopic(topicId)[kind].find((item) => item.id === id)?.label ?? id
}

/** A topic's title as a clinician reads it ("Leg cramps"); the id itself for a topic no longer shipped. */
export function topicTitle(topicId: string): string {
  return listTopicIds().includes(topicId) ? loadTopic(topicId).title : topicId
}

/** Group and cause ids to labels across every topic, for figures that do not record the topic. */
export function allChoiceLabels(): Map<string, string> {
  return new Map(listTopicIds().flatMap((id) => [...loadTopic(id).groups, ...loadTopic(id).causes].map((item) => [item.id, item.label] as const)))
}
