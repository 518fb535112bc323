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
    readTopic(dir, { today: '2026-11-26' })
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return [...(error as AppError).problems]
  }
  throw new Error('expected the topic to be rejected')
}

describe('the Spanish translation of a topic', () => {
  it('loads every section in Spanish, none yet clinically reviewed', () => {
    const topic = readTopic(LIBRARY)
    const spanish = topic.translations.es!
    expect(spanish.title).toBe('Calambres en las piernas')
    expect([...spanish.sections.keys()].sort()).toEqual(topic.sections.map((section) => section.id).sort())
    expect([...spanish.sections.values()].every((section) => section.clinicallyReviewed === false)).toBe(true)
    expect(spanish.groups.map((group) => group.id)).toEqual(topic.groups.map((group) => group.id))
  })

  it('is rejected when a section exists in English only', () => {
    const dir = copyOfLibrary()
    rmSync(path.join(dir, 'es/sections/relief-walk.md'))
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/es\/sections\/relief-walk\.md$/), message: expect.stringMatching(/has no es version; a section must exist in every language/) }),
    )
  })

  it('is rejected when a section exists in Spanish only', () => {
    const dir = copyOfLibrary()
    writeFileSync(path.join(dir, 'es/sections/extra-advice.md'), '---\nid: extra-advice\ntitle: Consejo extra\nclinicallyReviewed: false\n---\nBeba agua.\n')
    expect(problemsOf(dir)).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/es\/sections\/extra-advice\.md$/), field: 'id', message: expect.stringMatching(/no English section "extra-advice"/) }),
    )
  })

  it('must say whether a reviewer has checked each section', () => {
    const dir = copyOfLibrary()
    const file = path.join(dir, 'es/sections/overview.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^clinicallyReviewed: false\n/m, ''))
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ field: 'clinicallyReviewed', message: expect.stringMatching(/has a qualified reviewer checked/) }))
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
