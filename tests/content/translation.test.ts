import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTopic } from '@/lib/content/read-topic'
import { AppError, type TFieldProblem } from '@/lib/errors'
import { createTempDirs } from '../support/temp-dir'

const LIBRARY = path.join(process.cwd(), 'templates', 'leg-cramps')
const tempDir = createTempDirs('translation')

function copyOfLibrary(): string {
  const dir = path.join(tempDir(), 'leg-cramps')
  cpSync(LIBRARY, dir, { recursive: true })
  return dir
}

function problemsOf(dir: string): TFieldProblem[] {
  try {
    readTopic(dir)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return [...(error as AppError).problems]
  }
  throw new Error('expected the topic to be rejected')
}

describe('the Spanish translation of a topic', () => {
  it('loads every section in Spanish', () => {
    const topic = readTopic(LIBRARY)
    const spanish = topic.translations.es!
    expect(spanish.title).toBe('Calambres en las piernas')
    expect([...spanish.sections.keys()].sort()).toEqual(topic.sections.map((section) => section.id).sort())
    expect(spanish.groups.map((group) => group.id)).toEqual(topic.groups.map((group) => group.id))
  })

  it('is rejected when a section exists in English only', () => {
    const dir = copyOfLibrary()
    rmSync(path.join(dir, 'es/sections/relief-thigh-stretch.md'))
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/es\/sections\/relief-thigh-stretch\.md$/), message: expect.stringMatching(/has no es version; a section must exist in every language/) }),
    )
  })

  it('is rejected when a section exists in Spanish only', () => {
    const dir = copyOfLibrary()
    writeFileSync(path.join(dir, 'es/sections/extra-advice.md'), '---\nid: extra-advice\ntitle: Consejo extra\n---\nBeba agua.\n')
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/es\/sections\/extra-advice\.md$/), field: 'id', message: expect.stringMatching(/no English section "extra-advice"/) }),
    )
  })

  it('may not claim a review in a file: sign-off is a record of who reviewed, not a flag', () => {
    const dir = copyOfLibrary()
    const file = path.join(dir, 'es/sections/overview.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:/m, 'clinicallyReviewed: true\ntitle:'))
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ field: '(whole file)', message: expect.stringMatching(/Unrecognized key.*"clinicallyReviewed"/) }))
  })

  it('names only the English line a translated line stands for, never whom it fits', () => {
    const dir = copyOfLibrary()
    const file = path.join(dir, 'es/sections/group-senior.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('{id: daily-walk}', '{id: daily-walk, groups: [athlete]}'))
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ field: 'body', message: expect.stringMatching(/Unrecognized key.*"groups".*whom it fits comes from the English/) }))
  })

  it('must keep the same subheadings, which the PDF pairs with the stretch drawings', () => {
    const dir = copyOfLibrary()
    const file = path.join(dir, 'es/sections/relief-stretch.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^### .*muslo.*$/m, ''))
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ field: 'body', message: expect.stringMatching(/expected 3 ### subheadings, as in English/) }))
  })

  it('must list the same groups and causes, in the same order', () => {
    const dir = copyOfLibrary()
    const file = path.join(dir, 'es/topic.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('- id: senior', '- id: seniors'))
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ field: 'groups', message: expect.stringMatching(/^expected the ids senior, athlete/) }))
  })
})
