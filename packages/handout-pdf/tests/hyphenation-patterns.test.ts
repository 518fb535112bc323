import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

// In a process of its own, with the collector at hand, so heap figures are the module's alone.
const HEAP_AROUND_IMPORT_AND_FIRST_USE = `
const heap = () => (gc(), process.memoryUsage().heapUsed)
const before = heap()
const { syllables } = await import('@react-pdf/hyphenate/en-us')
const imported = heap()
const parts = syllables('hyphenation')
console.log(JSON.stringify({ importMb: (imported - before) / 1e6, firstUseMb: (heap() - imported) / 1e6, parts }))
`

describe("react-pdf's English hyphenation patterns (patches/@react-pdf+hyphenate)", () => {
  it('are built on first use, not on import: textkit imports them, and the handouts never hyphenate', () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', HEAP_AROUND_IMPORT_AND_FIRST_USE], { encoding: 'utf8' })
    const { importMb, firstUseMb, parts } = JSON.parse(output) as { importMb: number; firstUseMb: number; parts: string[] }
    // Unpatched, the import alone builds about 9 MB of pattern trie.
    expect(importMb).toBeLessThan(3)
    expect(firstUseMb).toBeGreaterThan(5)
    // And they still hyphenate for whoever asks.
    expect(parts).toEqual(['hy', 'phen', 'ation'])
  })
})
