import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/** A fresh directory for this test file, removed after it. */
export function createTempDirs(name: string): () => string {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  return () => {
    const dir = mkdtempSync(path.join(tmpdir(), `${name}-`))
    dirs.push(dir)
    return dir
  }
}
