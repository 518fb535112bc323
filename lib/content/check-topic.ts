import type { TFieldProblem } from '../errors'
import type { TSection } from './read-topic'
import type { TFit, TTopicManifest } from './schema'

type TCheckInput = {
  manifest: TTopicManifest
  manifestFile: string
  sections: readonly TSection[]
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
  const { groups, causes, notGroups, notCauses } = section.appliesTo
  return groups.length + causes.length + notGroups.length + notCauses.length === 0
}

/** Kinds printed on every handout, short or complete: exactly one section each, for everyone. */
const EVERY_HANDOUT_KINDS = ['key-points', 'red-flags'] as const

/** The checks that need the whole topic at once: references between files, and coverage. */
export function checkTopic({ manifest, manifestFile, sections }: TCheckInput): TFieldProblem[] {
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

  const lineIds = new Set(sections.flatMap((section) => [...section.lines.keys()]))
  const adviceIds = new Set([...lineIds, ...sectionsById.keys()])
  const checkFit = (file: string, field: string, fit: TFit) => {
    for (const list of ['groups', 'notGroups'] as const) {
      fit[list].forEach((group, index) => {
        if (!groupIds.has(group)) problems.push({ file, field: `${field}${list}[${index}]`, message: `unknown group "${group}"; ${oneOf(groupIds)}` })
      })
    }
    for (const list of ['causes', 'notCauses'] as const) {
      fit[list].forEach((cause, index) => {
        if (!causeIds.has(cause)) problems.push({ file, field: `${field}${list}[${index}]`, message: `unknown cause "${cause}"; ${oneOf(causeIds)}` })
      })
    }
  }
  const checkAdviceRefs = (file: string, field: string, ids: readonly string[], self: string) => {
    ids.forEach((id, index) => {
      if (id === self) problems.push({ file, field: `${field}[${index}]`, message: 'a piece of advice cannot name itself' })
      else if (!adviceIds.has(id)) problems.push({ file, field: `${field}[${index}]`, message: `unknown advice "${id}"; expected a section id or a line id` })
    })
  }

  for (const section of sections) {
    const { file } = section
    checkFit(file, 'appliesTo.', section.appliesTo)
    checkAdviceRefs(file, 'conflicts', section.conflicts, section.id)
    section.sources.forEach((key, index) => {
      if (!sourceKeys.has(key)) problems.push({ file, field: `sources[${index}]`, message: `unknown source "${key}"; ${oneOf(sourceKeys)}` })
    })
    for (const [id, line] of section.lines) {
      const where = `line "${id}".`
      if (sectionsById.has(id)) problems.push({ file, field: `${where}id`, message: `"${id}" is also a section id; expected a line id of its own` })
      checkFit(file, where, line)
      checkAdviceRefs(file, `${where}replaces`, line.replaces, id)
      checkAdviceRefs(file, `${where}conflicts`, line.conflicts, id)
      line.sources.forEach((key, index) => {
        if (!sourceKeys.has(key)) problems.push({ file, field: `${where}sources[${index}]`, message: `unknown source "${key}"; ${oneOf(sourceKeys)}` })
      })
    }
    if (section.replaces.length > 0 && section.appliesTo.groups.length === 0) {
      problems.push({ file, field: 'replaces', message: 'only a section for a group can replace another; expected appliesTo.groups' })
    }
    section.replaces.forEach((id, index) => {
      const replaced = sectionsById.get(id)
      const field = `replaces[${index}]`
      if (!replaced) problems.push({ file, field, message: `unknown section "${id}"; expected the id of a general section` })
      else if (replaced === section) problems.push({ file, field, message: 'a section cannot replace itself' })
      else if ((EVERY_HANDOUT_KINDS as readonly string[]).includes(replaced.kind)) problems.push({ file, field, message: `the ${replaced.kind} section is on every handout and cannot be replaced` })
      else if (!appliesToEveryHandout(replaced)) problems.push({ file, field, message: `"${id}" is not a general section; expected one that applies to every handout` })
    })
  }

  manifest.causes.forEach((cause, index) => {
    cause.notGroups.forEach((group, position) => {
      if (!groupIds.has(group)) problems.push({ file: manifestFile, field: `causes[${index}].notGroups[${position}]`, message: `unknown group "${group}"; ${oneOf(groupIds)}` })
    })
  })
  const safetyIds = new Set<string>()
  for (const list of ['groups', 'causes'] as const) {
    manifest[list].forEach((item, index) => {
      item.safety.forEach((id, position) => {
        safetyIds.add(id)
        if (!adviceIds.has(id)) problems.push({ file: manifestFile, field: `${list}[${index}].safety[${position}]`, message: `unknown advice "${id}"; expected a section id or a line id` })
      })
    })
  }
  // A line left out when a handout runs long must be one the patient can do without, and the
  // same everywhere it appears: a handout drops every copy of it or none.
  const ifRoomIds = new Set(sections.flatMap((section) => [...section.lines.values()].filter((line) => line.ifRoom).map((line) => line.id)))
  for (const section of sections) {
    for (const [id, line] of section.lines) {
      const field = `line "${id}".ifRoom`
      if (line.ifRoom && line.full) problems.push({ file: section.file, field, message: 'a line only in the complete guide is never in the short handout; expected ifRoom or full, not both' })
      if (line.ifRoom && safetyIds.has(id)) problems.push({ file: section.file, field, message: `"${id}" is safety advice in topic.yaml and must always print; expected no ifRoom` })
      if (line.ifRoom && (EVERY_HANDOUT_KINDS as readonly string[]).includes(section.kind)) problems.push({ file: section.file, field, message: `the ${section.kind} section prints whole on every handout; expected no ifRoom` })
      if (!line.ifRoom && ifRoomIds.has(id)) problems.push({ file: section.file, field, message: `"${id}" is marked ifRoom in another section; expected the same here` })
    }
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

  for (const kind of EVERY_HANDOUT_KINDS) {
    const found = sections.filter((section) => section.kind === kind)
    if (found.length !== 1) {
      problems.push({
        file: manifestFile,
        field: 'sections',
        message: `expected exactly one section of kind "${kind}", found ${found.length}${found.length ? ` (${found.map((section) => section.file).join(', ')})` : ''}`,
      })
    }
    for (const section of found) {
      if (!appliesToEveryHandout(section) || section.optional) {
        problems.push({ file: section.file, field: 'appliesTo', message: `the ${kind} section must apply to every handout: no groups, no causes, not optional` })
      }
    }
  }
  return problems
}
