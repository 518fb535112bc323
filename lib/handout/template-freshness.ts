import type { TTopicLibrary } from '../content/load-topic'
import { AppError } from '../errors'
import { assembleHandout } from './assemble'
import { parseHandoutRequest } from './request'
import { templateToRequestInput } from './template-input'

type TTemplateChoices = Parameters<typeof templateToRequestInput>[0]

export type TTemplateFreshness =
  | { status: 'current'; sectionVersions: Record<string, string> }
  | { status: 'changed'; changedSections: { id: string; title: string }[]; sectionVersions: Record<string, string> }
  | { status: 'invalid'; problems: string[] }

/** The hash of each section the template's choices produce from today's guide library. */
export function currentSectionVersions(template: TTemplateChoices, topics: TTopicLibrary, date: string) {
  const { request, topic } = parseHandoutRequest(templateToRequestInput(template, { date }), topics)
  return { topic, sectionVersions: assembleHandout(request, topic, { date }).sectionVersions }
}

/**
 * Compares the sections a template produces today with those it produced when saved: which
 * changed, appeared or went away since. A template whose choices the topic no longer has
 * (a cause removed, say) is `invalid` and needs editing.
 */
export function templateFreshness(template: TTemplateChoices & { sectionVersions: unknown }, topics: TTopicLibrary, date: string): TTemplateFreshness {
  let current
  try {
    current = currentSectionVersions(template, topics, date)
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return { status: 'invalid', problems: error.problems.map((problem) => `${problem.field}: ${problem.message}`) }
  }
  const saved = (template.sectionVersions ?? {}) as Record<string, string>
  const { sectionVersions } = current
  const titles = new Map(current.topic.sections.map((section) => [section.id, section.title]))
  const ids = [...new Set([...Object.keys(sectionVersions), ...Object.keys(saved)])]
  const changedSections = ids.filter((id) => saved[id] !== sectionVersions[id]).map((id) => ({ id, title: titles.get(id) ?? id }))
  return changedSections.length ? { status: 'changed', changedSections, sectionVersions } : { status: 'current', sectionVersions }
}
