import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { AppError } from '../errors'
import { readTopic, type TTopic } from './read-topic'

// process.cwd(), not import.meta or require.resolve: Next rewrites those when it bundles server code.
const TEMPLATES_DIR = path.join(process.cwd(), 'templates')

const cache = new Map<string, TTopic>()

/** Ids of the topic folders under templates/ (those with a topic.yaml). */
export function listTopicIds(): string[] {
  return readdirSync(TEMPLATES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(TEMPLATES_DIR, entry.name, 'topic.yaml')))
    .map((entry) => entry.name)
    .sort()
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
