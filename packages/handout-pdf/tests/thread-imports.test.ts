import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

const SRC = path.join(import.meta.dirname, '..', 'src')
// What only the render workers need: loaded on the server's main thread, react-pdf alone (yoga's
// WebAssembly, fontkit, pdfkit) held about 60 MB it never used.
const RENDERER = ['@react-pdf/renderer', '@react-pdf/layout', 'fontkit', 'pdfkit']
// What only checking a handout needs: loaded in each render worker, zod and the handout schema
// would be held by every worker, when the handout reaches them checked.
const CHECKING = ['zod']

/** The modules a file loads as it is imported: static imports, not `import type` nor `import()`, which runs only when called. */
const importsOf = (file: string): string[] => {
  const source = readFileSync(file, 'utf8')
  return [...source.matchAll(/^import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?'([^']+)'/gm)].map((match) => match[1]!)
}

const resolveLocal = (from: string, specifier: string): string | undefined => {
  const base = path.resolve(path.dirname(from), specifier)
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
}

/** Each of `packages` that `entry` loads, through the package's own modules, with the chain that loads it. */
function packagesReached(entry: string, packages: string[]): { reached: string[]; modules: number } {
  const seen = new Set<string>()
  const reached: string[] = []
  const visit = (file: string, via: string[]) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const specifier of importsOf(file)) {
      const chain = [...via, path.relative(SRC, file)]
      if (specifier.startsWith('.')) {
        const local = resolveLocal(file, specifier)
        if (local) visit(local, chain)
      } else if (packages.includes(specifier)) reached.push(`${specifier} ← ${chain.reverse().join(' ← ')}`)
    }
  }
  visit(entry, [])
  return { reached, modules: seen.size }
}

it('loads no PDF renderer on the thread that imports the entry: with a pool, rendering happens on the workers', () => {
  const { reached, modules } = packagesReached(path.join(SRC, 'index.ts'), RENDERER)
  expect(modules).toBeGreaterThan(3)
  expect(reached).toEqual([])
})

it('loads no schema checking in a render worker: handouts reach it checked', () => {
  const { reached, modules } = packagesReached(path.join(SRC, 'render-worker.ts'), [...CHECKING, ...RENDERER])
  expect(modules).toBeGreaterThan(10)
  expect(reached.map((chain) => chain.split(' ')[0])).toEqual(expect.arrayContaining(['@react-pdf/renderer', 'fontkit']))
  expect(reached.filter((chain) => CHECKING.includes(chain.split(' ')[0]!))).toEqual([])
})
