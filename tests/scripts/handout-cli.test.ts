import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { localBin } from '../support/local-bin'
import { readPdf } from '../support/read-pdf'
import { createTempDirs } from '../support/temp-dir'

const tempDir = createTempDirs('handout-cli')

function handoutCli(args: string[]) {
  const result = spawnSync(localBin('tsx'), ['scripts/handout.ts', ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run handout', () => {
  it('writes the PDF and prints pages, grade, bytes and milliseconds', async () => {
    const out = path.join(tempDir(), 'senior.pdf')
    const { status, stdout } = handoutCli(['--group', 'senior', '--causes', 'dehydration,medications', '--patient', 'Ana', '--note', 'Stretch before bed.', '--out', out])
    expect(status).toBe(0)
    expect(stdout).toMatch(/senior\.pdf: \d+ pages, grade \d+\.\d, \d+ bytes, \d+ ms/)
    const pdf = await readPdf(readFileSync(out))
    expect(pdf.pages[0]!.text).toContain('Prepared for Ana')
    expect(pdf.pages[0]!.text).toContain('Stretch before bed.')
  })

  it('makes a large-print handout for each group', async () => {
    const dir = tempDir()
    for (const group of ['senior', 'athlete', 'pregnant', 'office-worker', 'diabetic']) {
      const out = path.join(dir, `${group}.pdf`)
      expect(handoutCli(['--group', group, '--large-print', '--out', out]).status, group).toBe(0)
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    }
  }, 60_000)

  it('lists the valid values for a bad group or cause, exits non-zero and writes nothing', () => {
    const out = path.join(tempDir(), 'bad.pdf')
    const { status, stderr } = handoutCli(['--group', 'astronaut', '--causes', 'dehydration,bad-luck', '--out', out])
    expect(status).toBe(2)
    expect(stderr).toContain('--group: unknown group "astronaut"; expected one of: senior, athlete, pregnant, office-worker, diabetic')
    expect(stderr).toMatch(/--causes: unknown cause "bad-luck"; expected one of: dehydration, /)
    expect(existsSync(out)).toBe(false)
  })

  it('explains unknown flags and a missing --out', () => {
    const unknown = handoutCli(['--group', 'senior', '--colour', 'blue'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/Unknown option '--colour'[\s\S]*usage: npm run handout/)
    expect(handoutCli(['--group', 'senior']).stderr).toMatch(/--out: required/)
    expect(handoutCli(['--group', 'senior', '--out', path.join(tempDir(), 'x.txt')]).stderr).toMatch(/--out: expected a file name ending in \.pdf/)
  })
})
