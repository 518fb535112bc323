import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTopic } from '@/lib/content/read-topic'
import { AppError, type TFieldProblem } from '@/lib/errors'
import { createTempDirs } from '../support/temp-dir'

const LIBRARY = path.join(process.cwd(), 'templates', 'leg-cramps')
const tempDir = createTempDirs('topic')

/** A copy of the real leg-cramps topic to break one file at a time. */
function copyOfLibrary(): string {
  const dir = path.join(tempDir(), 'leg-cramps')
  cpSync(LIBRARY, dir, { recursive: true })
  return dir
}

function edit(dir: string, file: string, change: (text: string) => string) {
  const full = path.join(dir, file)
  const before = readFileSync(full, 'utf8')
  const after = change(before)
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before)
  writeFileSync(full, after)
}

function problemsOf(dir: string): TFieldProblem[] {
  try {
    readTopic(dir)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('invalid_content')
    return [...(error as AppError).problems]
  }
  throw new Error('expected the topic to be rejected')
}

function expectProblem(problems: TFieldProblem[], file: string, field: string, message: RegExp) {
  expect(problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(new RegExp(`${file.replace('.', '\\.')}$`)), field, message: expect.stringMatching(message) }))
}

describe('reading a topic', () => {
  it('loads the leg-cramps library with every section parsed and graded', () => {
    const topic = readTopic(LIBRARY)
    expect(topic.title).toBe('Leg cramps')
    expect(topic.sections.length).toBeGreaterThanOrEqual(35)
    for (const section of topic.sections) {
      expect(section.body.children.length, section.id).toBeGreaterThan(0)
      expect(section.readability.words, section.id).toBeGreaterThan(20)
    }
  })

  it('orders sections by kind: key points first, red flags last', () => {
    const kinds = readTopic(LIBRARY).sections.map((section) => section.kind)
    expect(kinds[0]).toBe('key-points')
    expect(kinds.at(-1)).toBe('red-flags')
  })

  it('fills in defaults for fields a section leaves out', () => {
    const overview = readTopic(LIBRARY).sections.find((section) => section.id === 'overview')
    expect(overview).toMatchObject({ appliesTo: { groups: [], causes: [], notGroups: [], notCauses: [] }, replaces: [], conflicts: [], optional: false, inShort: false })
  })
})

describe('a broken template is rejected with its file and field named', () => {
  it('a missing field', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => text.replace(/^title:.*\n/m, ''))
    expectProblem(problemsOf(dir), 'sections/relief-thigh-stretch.md', 'title', /expected string/)
  })

  it('an unknown cause', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/cause-flat-feet.md', (text) => text.replace('causes: [flat-feet]', 'causes: [flat-feet, bad-luck]'))
    expectProblem(problemsOf(dir), 'sections/cause-flat-feet.md', 'appliesTo.causes[1]', /unknown cause "bad-luck"; expected one of: dehydration, /)
  })

  it('an unknown group', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/group-athlete.md', (text) => text.replace('groups: [athlete]', 'groups: [astronaut]'))
    const problems = problemsOf(dir)
    expectProblem(problems, 'sections/group-athlete.md', 'appliesTo.groups[0]', /unknown group "astronaut"/)
    expectProblem(problems, 'topic.yaml', 'groups[1]', /group "athlete" has no advice of its own/)
  })

  it('a review date, which no file may claim', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/symptoms.md', (text) => text.replace('kind: overview', 'kind: overview\nreviewed: 2026-11-26'))
    expectProblem(problemsOf(dir), 'sections/symptoms.md', '(whole file)', /Unrecognized key.*"reviewed"/)
  })

  it('a line declaration naming a group, cause or advice that does not exist', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/group-senior.md', (text) => text.replace('{id: get-up-slowly}', '{id: get-up-slowly, notGroups: [astronaut], causes: [bad-luck], replaces: [no-such-line], conflicts: [get-up-slowly]}'))
    const problems = problemsOf(dir)
    expectProblem(problems, 'sections/group-senior.md', 'line "get-up-slowly".notGroups[0]', /unknown group "astronaut"/)
    expectProblem(problems, 'sections/group-senior.md', 'line "get-up-slowly".causes[0]', /unknown cause "bad-luck"/)
    expectProblem(problems, 'sections/group-senior.md', 'line "get-up-slowly".replaces[0]', /unknown advice "no-such-line"/)
    expectProblem(problems, 'sections/group-senior.md', 'line "get-up-slowly".conflicts[0]', /cannot name itself/)
  })

  it('a line declaration that is not valid, naming the line', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/group-senior.md', (text) => text.replace('{id: get-up-slowly}', '{id: get-up-slowly, grups: [senior]}').replace('{id: daily-walk, ifRoom: true}', '{groups: [senior]}'))
    const problems = problemsOf(dir)
    expectProblem(problems, 'sections/group-senior.md', 'body', /line "Sit up first when a cramp wakes you.*Unrecognized key.*"grups"/)
    expectProblem(problems, 'sections/group-senior.md', 'body', /line "Take a short walk each day\.": id: /)
  })

  it('a line left out when a handout runs long that is safety advice, only in the complete guide, or not marked so everywhere', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/group-senior.md', (text) => text.replace('{id: get-up-slowly}', '{id: get-up-slowly, ifRoom: true}').replace('{id: daily-walk, ifRoom: true}', '{id: daily-walk, ifRoom: true, full: true}'))
    edit(dir, 'sections/cause-spinal-stenosis.md', (text) => text.replace('{id: ask-physical-therapy, ifRoom: true}', '{id: ask-physical-therapy}'))
    edit(dir, 'sections/red-flags.md', (text) => text.replace('{id: rf-weakness}', '{id: rf-weakness, ifRoom: true}'))
    const problems = problemsOf(dir)
    expectProblem(problems, 'sections/group-senior.md', 'line "get-up-slowly".ifRoom', /safety advice in topic.yaml and must always print/)
    expectProblem(problems, 'sections/group-senior.md', 'line "daily-walk".ifRoom', /expected ifRoom or full, not both/)
    expectProblem(problems, 'sections/cause-spinal-stenosis.md', 'line "ask-physical-therapy".ifRoom', /marked ifRoom in another section/)
    expectProblem(problems, 'sections/red-flags.md', 'line "rf-weakness".ifRoom', /prints whole on every handout/)
  })

  it('a safety advice id a group names that no line or section has', () => {
    const dir = copyOfLibrary()
    edit(dir, 'topic.yaml', (text) => text.replace('safety: [kp-medicines, get-up-slowly, calf-seated]', 'safety: [kp-medicines, hold-the-rail]'))
    expectProblem(problemsOf(dir), 'topic.yaml', 'groups[0].safety[1]', /unknown advice "hold-the-rail"/)
  })

  it('a translation whose declared lines differ from the English', () => {
    const dir = copyOfLibrary()
    edit(dir, 'es/sections/group-senior.md', (text) => text.replace(' {id: daily-walk}', ''))
    expectProblem(problemsOf(dir), 'es/sections/group-senior.md', 'body', /expected the declared lines medicine-review, never-stop-medicine, get-up-slowly, daily-walk, in that order, as in English; found medicine-review, never-stop-medicine, get-up-slowly$/)
  })

  it('an unknown source', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => text.replace(/^sources: \[/m, 'sources: [dr-google, '))
    expectProblem(problemsOf(dir), 'sections/relief-thigh-stretch.md', 'sources[0]', /unknown source "dr-google"; expected one of: allen-2012/)
  })

  it('a section without sources', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => text.replace(/^sources: \[.*\]$/m, 'sources: []'))
    expectProblem(problemsOf(dir), 'sections/relief-thigh-stretch.md', 'sources', /at least one source/)
  })

  it('a duplicate id', () => {
    const dir = copyOfLibrary()
    const copy = readFileSync(path.join(dir, 'sections/relief-thigh-stretch.md'), 'utf8')
    writeFileSync(path.join(dir, 'sections/relief-thigh-stretch-copy.md'), copy)
    const problems = problemsOf(dir)
    expectProblem(problems, 'sections/relief-thigh-stretch-copy.md', 'id', /"relief-thigh-stretch" is also used by .*relief-thigh-stretch\.md; expected unique ids/)
    expectProblem(problems, 'sections/relief-thigh-stretch-copy.md', 'id', /expected the file to be named relief-thigh-stretch\.md/)
  })

  it('an unknown kind', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => text.replace('kind: relief', 'kind: remedy'))
    expectProblem(problemsOf(dir), 'sections/relief-thigh-stretch.md', 'kind', /expected one of .*"relief"/)
  })

  it('a misspelt field', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => text.replace('sources:', 'source:'))
    const problems = problemsOf(dir)
    expectProblem(problems, 'sections/relief-thigh-stretch.md', '(whole file)', /Unrecognized key.*"source"/)
  })

  it('front matter that is not YAML', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => text.replace('kind: relief', 'kind: [relief'))
    expectProblem(problemsOf(dir), 'sections/relief-thigh-stretch.md', '(YAML)', /not valid YAML/)
  })

  it('a file with no front matter', () => {
    const dir = copyOfLibrary()
    writeFileSync(path.join(dir, 'sections/notes.md'), 'Just some text.\n')
    expectProblem(problemsOf(dir), 'sections/notes.md', 'front matter', /YAML block/)
  })

  it('Markdown that the PDF cannot print', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => `${text}\nSee [our site](https://example.com) or *this*.\n\n# Big heading\n`)
    const problems = problemsOf(dir)
    expectProblem(problems, 'sections/relief-thigh-stretch.md', 'body', /"link": no links/)
    expectProblem(problems, 'sections/relief-thigh-stretch.md', 'body', /"emphasis": no italics/)
    expectProblem(problems, 'sections/relief-thigh-stretch.md', 'body', /expected ### or ####/)
  })

  it('a cause with no section', () => {
    const dir = copyOfLibrary()
    rmSync(path.join(dir, 'sections/cause-flat-feet.md'))
    expectProblem(problemsOf(dir), 'topic.yaml', 'causes[11]', /cause "flat-feet" has no section/)
  })

  it('a second red-flags section, or one that does not apply to every handout', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => text.replace('kind: relief', 'kind: red-flags'))
    expectProblem(problemsOf(dir), 'topic.yaml', 'sections', /exactly one section of kind "red-flags", found 2/)

    const other = copyOfLibrary()
    edit(other, 'sections/red-flags.md', (text) => text.replace('kind: red-flags', 'kind: red-flags\nappliesTo:\n  groups: [senior]'))
    expectProblem(problemsOf(other), 'sections/red-flags.md', 'appliesTo', /must apply to every handout/)
  })

  it('a replacement of a section that does not exist or is not general', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/group-pregnant.md', (text) => text.replace('kind: group', 'kind: group\nreplaces: [relief-stretching, cause-pregnancy, red-flags]'))
    const problems = problemsOf(dir)
    expectProblem(problems, 'sections/group-pregnant.md', 'replaces[0]', /unknown section "relief-stretching"/)
    expectProblem(problems, 'sections/group-pregnant.md', 'replaces[1]', /not a general section/)
    expectProblem(problems, 'sections/group-pregnant.md', 'replaces[2]', /cannot be replaced/)
  })

  it('a manifest with a missing field and a duplicate cause', () => {
    const dir = copyOfLibrary()
    edit(dir, 'topic.yaml', (text) => text.replace(/^title:.*\n/m, '').replace('  - id: flat-feet\n', '  - id: dehydration\n'))
    const problems = problemsOf(dir)
    expectProblem(problems, 'topic.yaml', 'title', /expected string/)
    expect(problems.length).toBeGreaterThan(0)
  })

  it('a manifest whose id is not its folder name', () => {
    const dir = copyOfLibrary()
    edit(dir, 'topic.yaml', (text) => text.replace('id: leg-cramps', 'id: leg-pain'))
    expectProblem(problemsOf(dir), 'topic.yaml', 'id', /expected "leg-cramps", the folder's name/)
  })

  it('lists every problem at once, in the error message too', () => {
    const dir = copyOfLibrary()
    edit(dir, 'sections/relief-thigh-stretch.md', (text) => text.replace(/^sources: \[/m, 'sources: [dr-google, '))
    edit(dir, 'sections/symptoms.md', (text) => text.replace('kind: overview', 'kind: overview\nappliesTo:\n  notGroups: [astronaut]'))
    expect(() => readTopic(dir)).toThrow(/relief-thigh-stretch\.md: sources\[0\]: unknown source[\s\S]*symptoms\.md: appliesTo\.notGroups\[0\]: unknown group "astronaut"/)
  })
})
