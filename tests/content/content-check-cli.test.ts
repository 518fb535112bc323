import { spawnSync } from 'node:child_process'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { localBin } from '../support/local-bin'
import { createTempDirs } from '../support/temp-dir'

const ROOT = process.cwd()
const tempDir = createTempDirs('content-check')

function contentCheck(cwd: string, args: string[] = []) {
  const result = spawnSync(localBin('tsx'), [path.join(ROOT, 'scripts', 'content-check.ts'), ...args], { cwd, encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** A working folder with a copy of templates/, so the check can be pointed at a broken library. */
function projectCopy(): string {
  const dir = tempDir()
  cpSync(path.join(ROOT, 'templates'), path.join(dir, 'templates'), { recursive: true })
  return dir
}

// Each run assembles every combination of the library (about 25 s on 2 cores).
describe('npm run content:check', { timeout: 180_000 }, () => {
  it('passes on the library and prints each section with grade, words and sources', () => {
    const { status, output } = contentCheck(ROOT)
    expect(status).toBe(0)
    expect(output).toMatch(/section\s+kind\s+grade\s+words\s+sources/)
    expect(output).toMatch(/red-flags\s+red-flags\s+\d+\.\d\s+\d+\s+nhs-leg-cramps/)
    expect(output).toMatch(/average grade \d\.\d \(limit 6\.5\)/)
    expect(output).toMatch(/\d{5} combinations assembled[\s\S]*no advice for another patient, no conflicts, no repeats, every safety line present/)
    expect(output).toMatch(/content check passed/)
  })

  it('fails and names the file and field of a validation error', () => {
    const dir = projectCopy()
    const file = path.join(dir, 'templates/leg-cramps/sections/relief-thigh-stretch.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: relief', 'kind: remedy'))
    const { status, output } = contentCheck(dir)
    expect(status).toBe(1)
    expect(output).toMatch(/templates\/leg-cramps\/sections\/relief-thigh-stretch\.md: kind: /)
    expect(output).toMatch(/content check FAILED/)
  })

  it('fails when a section is written above grade 8', () => {
    const dir = projectCopy()
    const file = path.join(dir, 'templates/leg-cramps/sections/relief-thigh-stretch.md')
    const hard =
      'Intermittent nocturnal gastrocnemius contractions frequently accompany electrolyte abnormalities, particularly hypokalemia, hypomagnesemia and hypocalcemia, necessitating comprehensive biochemical investigation.'
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n[\s\S]*$/, `\n---\n${hard}\n`))
    const { status, output } = contentCheck(dir)
    expect(status).toBe(1)
    expect(output).toMatch(/relief-thigh-stretch\.md: grade \d+(\.\d)? is above 8/)
  })

  it('rejects an unknown topic flag value, listing the valid ones', () => {
    const { status, output } = contentCheck(ROOT, ['--topic', 'gout'])
    expect(status).toBe(2)
    expect(output).toMatch(/--topic: unknown topic "gout"; expected one of: leg-cramps/)
  })
})
