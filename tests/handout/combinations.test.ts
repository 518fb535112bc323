import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadTopic } from '@/lib/content/load-topic'
import { readTopic, type TTopic } from '@/lib/content/read-topic'
import { assembleHandout } from '@/lib/handout/assemble'
import { checkCombinations, problemsOfHandout } from '@/lib/handout/check-combinations'
import { handoutRequestSchemaFor, type THandoutRequestInput } from '@/lib/handout/request'
import { createTempDirs } from '../support/temp-dir'

const LIBRARY = path.join(process.cwd(), 'templates', 'leg-cramps')
const tempDir = createTempDirs('combinations')

/** The real library with one English file changed, and the Spanish kept in step where asked. */
function libraryWith(file: string, change: (text: string) => string, spanish?: (text: string) => string): TTopic {
  const dir = path.join(tempDir(), 'leg-cramps')
  cpSync(LIBRARY, dir, { recursive: true })
  const edit = (name: string, how: (text: string) => string) => {
    const full = path.join(dir, name)
    const before = readFileSync(full, 'utf8')
    const after = how(before)
    expect(after, `the edit of ${name} changed nothing`).not.toBe(before)
    writeFileSync(full, after)
  }
  edit(file, change)
  if (spanish) edit(file.replace('sections/', 'es/sections/'), spanish)
  return readTopic(dir)
}

function problemsFor(topic: TTopic, input: THandoutRequestInput): string[] {
  const request = handoutRequestSchemaFor(topic).parse(input)
  return problemsOfHandout(topic, request, assembleHandout(request, topic, { date: '2026-12-07' }))
}

describe('every combination of the leg-cramps library', () => {
  it('gives each patient only advice that fits them, no two lines that conflict, nothing twice, and every safety line', () => {
    const report = checkCombinations(loadTopic('leg-cramps'))
    // 5 groups × every set of up to 3 causes that fits the group × teach-back × extras × 3 languages × 2 lengths.
    expect(report.combinations).toBeGreaterThan(40_000)
    expect(report.problems).toEqual([])
  }, 120_000)
})

describe('a fault in the library is caught, naming the combination and the lines', () => {
  it('a line that reaches a group it must not', () => {
    const topic = libraryWith('sections/relief-stretch.md', (text) => text.replace('{id: warmth, notGroups: [diabetic], conflicts: [heat-numb-skin], full: true}', '{id: warmth, conflicts: [heat-numb-skin], full: true}'))
    const problems = problemsFor(topic, { group: 'diabetic', options: { length: 'full' } })
    expect(problems).toContainEqual(expect.stringMatching(/^"A warm towel or bath can ease soreness afterwards\." \(relief-stretch, warmth\) conflicts with "Never put heat or ice on numb skin\..*" \(group-diabetic, heat-numb-skin\), and both were printed$/))
  })

  it('the same advice twice in one handout', () => {
    const topic = libraryWith(
      'sections/cause-long-standing.md',
      (text) => text.replace('{id: sit-breaks, ifRoom: true}', '{id: sit-breaks, ifRoom: true}\n- **Take rest days.** Tired muscles cramp more. {id: rest-again}'),
      (text) => text.replace('{id: sit-breaks}', '{id: sit-breaks}\n- **Tome días de descanso.** {id: rest-again}'),
    )
    const problems = problemsFor(topic, { group: 'athlete', causes: ['long-standing'] })
    expect(problems).toContainEqual('"Take rest days. Tired muscles cramp more." (cause-long-standing, rest-again) repeats "Take rest days. Tired muscles cramp more." (group-athlete, rest-days)')
  })

  it("a group's safety line left out of its short handout", () => {
    const topic = libraryWith('sections/group-diabetic.md', (text) => text.replace('{id: heat-numb-skin}', '{id: heat-numb-skin, full: true}'))
    expect(problemsFor(topic, { group: 'diabetic' })).toContainEqual('the safety advice "heat-numb-skin" of group diabetic is missing')
    expect(problemsFor(topic, { group: 'diabetic', options: { length: 'full' } })).toEqual([])
  })

  it('more than five key points', () => {
    const topic = libraryWith('sections/key-points.md', (text) => text.replace('{id: kp-athlete, groups: [athlete]}', '{id: kp-athlete}'))
    expect(problemsFor(topic, { group: 'diabetic', causes: ['medications'] })).toContainEqual(expect.stringMatching(/^the key points list 6 steps \(.*kp-athlete.*\); expected 3 to 5$/))
  })
})
