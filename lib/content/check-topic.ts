import type { TFieldProblem } from '../errors'
import type { TSection } from './read-topic'
import type { TTopicManifest } from './schema'

type TCheckInput = {
  manifest: TTopicManifest
  manifestFile: string
  sections: readonly TSection[]
  today: string
}

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of values) (seen.has(value) ? repeated : seen).add(value)
  return repeated
}

function oneOf(values: Iterable<string>): string {
  return `expected one of: ${[...values].join(', ')}`
}

function appliesToEveryHandout(section: TSection): boolean {
  return section.appliesTo.groups.length === 0 && section.appliesTo.causes.length === 0
}

/** The checks that need the whole topic at once: references between files, and coverage. */
export function checkTopic({ manifest, manifestFile, sections, today }: TCheckInput): TFieldProblem[] {
  const problems: TFieldProblem[] = []
  const groupIds = new Set(manifest.groups.map((group) => group.id))
  const causeIds = new Set(manifest.causes.map((cause) => cause.id))
  const sourceKeys = new Set(manifest.references.map((reference) => reference.key))
  const sectionsById = new Map(sections.map((section) => [section.id, section]))

  const listChecks = [
    ['groups', manifest.groups.map((group) => group.id)],
    ['causes', manifest.causes.map((cause) => cause.id)],
    ['references', manifest.references.map((reference) => reference.key)],
  ] as const
  for (const [field, ids] of listChecks) {
    for (const id of duplicates(ids)) {
      problems.push({ file: manifestFile, field, message: `"${id}" is listed more than once; expected unique ids` })
    }
  }

  for (const id of duplicates(sections.map((section) => section.id))) {
    const files = sections.filter((section) => section.id === id).map((section) => section.file)
    for (const file of files) {
      problems.push({ file, field: 'id', message: `"${id}" is also used by ${files.filter((other) => other !== file).join(', ')}; expected unique ids` })
    }
  }

  for (const section of sections) {
    const { file } = section
    section.appliesTo.groups.forEach((group, index) => {
      if (!groupIds.has(group)) problems.push({ file, field: `appliesTo.groups[${index}]`, message: `unknown group "${group}"; ${oneOf(groupIds)}` })
    })
    section.appliesTo.causes.forEach((cause, index) => {
      if (!causeIds.has(cause)) problems.push({ file, field: `appliesTo.causes[${index}]`, message: `unknown cause "${cause}"; ${oneOf(causeIds)}` })
    })
    section.sources.forEach((key, index) => {
      if (!sourceKeys.has(key)) problems.push({ file, field: `sources[${index}]`, message: `unknown source "${key}"; ${oneOf(sourceKeys)}` })
    })
    if (section.reviewed > today) {
      problems.push({ file, field: 'reviewed', message: `${section.reviewed} is in the future; expected the date of a review that has happened` })
    }
    if (section.replaces.length > 0 && section.appliesTo.groups.length === 0) {
      problems.push({ file, field: 'replaces', message: 'only a section for a group can replace another; expected appliesTo.groups' })
    }
    section.replaces.forEach((id, index) => {
      const replaced = sectionsById.get(id)
      const field = `replaces[${index}]`
      if (!replaced) problems.push({ file, field, message: `unknown section "${id}"; expected the id of a general section` })
      else if (replaced === section) problems.push({ file, field, message: 'a section cannot replace itself' })
      else if (replaced.kind === 'red-flags') problems.push({ file, field, message: 'the red-flags section is on every handout and cannot be replaced' })
      else if (!appliesToEveryHandout(replaced)) problems.push({ file, field, message: `"${id}" is not a general section; expected one that applies to every handout` })
    })
  }

  manifest.teachBack.forEach((question, index) => {
    question.appliesTo.groups.forEach((group, position) => {
      if (!groupIds.has(group)) problems.push({ file: manifestFile, field: `teachBack[${index}].appliesTo.groups[${position}]`, message: `unknown group "${group}"; ${oneOf(groupIds)}` })
    })
    question.appliesTo.causes.forEach((cause, position) => {
      if (!causeIds.has(cause)) problems.push({ file: manifestFile, field: `teachBack[${index}].appliesTo.causes[${position}]`, message: `unknown cause "${cause}"; ${oneOf(causeIds)}` })
    })
  })
  for (const id of duplicates(manifest.teachBack.map((question) => question.id))) {
    problems.push({ file: manifestFile, field: 'teachBack', message: `"${id}" is listed more than once; expected unique ids` })
  }

  manifest.causes.forEach((cause, index) => {
    if (!sections.some((section) => section.appliesTo.causes.includes(cause.id))) {
      problems.push({ file: manifestFile, field: `causes[${index}]`, message: `cause "${cause.id}" has no section; expected at least one section whose appliesTo.causes lists it` })
    }
  })
  manifest.groups.forEach((group, index) => {
    if (!sections.some((section) => section.kind === 'group' && section.appliesTo.groups.includes(group.id))) {
      problems.push({ file: manifestFile, field: `groups[${index}]`, message: `group "${group.id}" has no advice of its own; expected a section of kind "group" for it` })
    }
  })

  const redFlags = sections.filter((section) => section.kind === 'red-flags')
  if (redFlags.length !== 1) {
    problems.push({
      file: manifestFile,
      field: 'sections',
      message: `expected exactly one section of kind "red-flags", found ${redFlags.length}${redFlags.length ? ` (${redFlags.map((s) => s.file).join(', ')})` : ''}`,
    })
  }
  for (const section of redFlags) {
    if (!appliesToEveryHandout(section) || section.optional) {
      problems.push({ file: section.file, field: 'appliesTo', message: 'the red-flags section must apply to every handout: no groups, no causes, not optional' })
    }
  }
  return problems
}
