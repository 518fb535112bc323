import type { TSection, TTopic } from './read-topic'

/** Who a section is for, in words a clinician reads at a glance, e.g. "Pregnant; Pregnancy". */
export function describeAudience(topic: TTopic, section: TSection): string {
  const groups = section.appliesTo.groups.map((id) => topic.groups.find((group) => group.id === id)?.label ?? id)
  const causes = section.appliesTo.causes.map((id) => topic.causes.find((cause) => cause.id === id)?.label ?? id)
  const audience = [...groups.map((label) => `Group: ${label}`), ...causes.map((label) => `Cause: ${label}`)]
  return audience.length ? audience.join('; ') : 'Every handout'
}

export function findSection(topic: TTopic, sectionId: string): TSection | undefined {
  return topic.sections.find((section) => section.id === sectionId)
}

export function citationsOf(topic: TTopic, section: TSection): { key: string; citation: string }[] {
  return topic.references.filter((reference) => section.sources.includes(reference.key))
}
