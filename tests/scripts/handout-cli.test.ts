import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { localBin, tsxArgs } from '../support/local-bin'
import { readPdf } from '../support/read-pdf'
import { createTempDirs } from '../support/temp-dir'

const tempDir = createTempDirs('handout-cli')

function handoutCli(args: string[]) {
  const result = spawnSync(localBin('tsx'), tsxArgs('scripts/handout.ts', ...args), { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run handout', () => {
  it('writes the PDF and prints its length, pages, grade, bytes and milliseconds', async () => {
    const out = path.join(tempDir(), 'senior.pdf')
    const { status, stdout } = handoutCli(['--group', 'senior', '--causes', 'dehydration,medications', '--patient', 'Ana', '--note', 'Stretch before bed.', '--out', out])
    expect(status).toBe(0)
    expect(stdout).toMatch(/senior\.pdf: short, \d+ pages, grade \d+\.\d, \d+ bytes, \d+ ms/)
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

  it('refuses a follow-up date before today or over two years ahead, naming the range, and writes nothing', () => {
    const out = path.join(tempDir(), 'slip.pdf')
    for (const slip of ['0001-01-01', '9999-12-31']) {
      const { status, stderr } = handoutCli(['--group', 'senior', '--follow-up', slip, '--out', out])
      expect(status).toBe(2)
      expect(stderr).toContain(`--follow-up: must be from ${new Date().toLocaleDateString('en-CA')} (today) to `)
    }
    expect(existsSync(out)).toBe(false)
  })

  it('prints the short handout by default and the complete guide with --length full, the one a page longer or more', async () => {
    const dir = tempDir()
    const made = (length: string[]) => {
      const out = path.join(dir, `senior-${length.join('') || 'default'}.pdf`)
      const { status, stdout } = handoutCli(['--group', 'senior', '--causes', 'dehydration,medications', ...length, '--out', out])
      expect(status, stdout).toBe(0)
      return { stdout, pdf: readFileSync(out) }
    }
    const byDefault = made([])
    const short = made(['--length', 'short'])
    const full = made(['--length', 'full'])
    expect(byDefault.stdout).toMatch(/: short, \d+ pages/)
    expect(short.stdout).toMatch(/: short, \d+ pages/)
    expect(full.stdout).toMatch(/: full, \d+ pages/)
    const pagesOf = async (pdf: Buffer) => (await readPdf(pdf)).pages.length
    const printedPages = (stdout: string) => Number(/(\d+) pages/.exec(stdout)![1])
    expect(printedPages(short.stdout)).toBe(await pagesOf(short.pdf))
    expect(printedPages(full.stdout)).toBe(await pagesOf(full.pdf))
    expect(await pagesOf(full.pdf)).toBeGreaterThan(await pagesOf(short.pdf))
  }, 60_000)

  it('refuses a --length it does not know, saying which are valid, and writes nothing', () => {
    const out = path.join(tempDir(), 'long.pdf')
    const { status, stderr } = handoutCli(['--group', 'senior', '--length', 'long', '--out', out])
    expect(status).toBe(2)
    expect(stderr).toContain('--length: unknown length "long"; expected one of: short, full')
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
