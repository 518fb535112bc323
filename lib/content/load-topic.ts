import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { AppError } from '../errors'
import { readTopic, type TTopic } from './read-topic'

// process.cwd(), not import.meta or require.resolve: Next rewrites those when it bundles server code.
const TEMPLATES_DIR = path.join(process.cwd(), 'templates')

const cache = new Map<string, TTopic>()
let topicIds: string[] | undefined

/** Ids of the topic folders under templates/ (those with a topic.yaml), listed once per process like the topics themselves. */
export function listTopicIds(): string[] {
  topicIds ??= readdirSync(TEMPLATES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(TEMPLATES_DIR, entry.name, 'topic.yaml')))
    .map((entry) => entry.name)
    .sort()
  return topicIds
}

/** A validated topic, read from disk once per process. */
export function loadTopic(topicId: string): TTopic {
  const cached = cache.get(topicId)
  if (cached) return cached
  if (!listTopicIds().includes(topicId)) {
    throw new AppError('not_found', `Unknown topic "${topicId}"; expected one of: ${listTopicIds().join(', ')}`, [
      { field: 'topic', message: `unknown topic "${topicId}"` },
    ])
  }
  const topic = readTopic(path.join(TEMPLATES_DIR, topicId))
  cache.set(topicId, topic)
  return topic
}

/** What validation needs to know of the library: which topics exist, and each one's content. Pure code takes this, not the disk. */
export type TTopicLibrary = { ids: readonly string[]; load: (id: string) => TTopic }

/** The guide library under templates/. */
export function topicLibrary(): TTopicLibrary {
  return { ids: listTopicIds(), load: loadTopic }
}
