import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

const ROOT = process.cwd()
// What only the render workers need: loaded on the server's main thread, react-pdf alone (yoga's
// WebAssembly, fontkit, pdfkit) held about 60 MB it never used.
const RENDERER = ['@react-pdf/renderer', '@react-pdf/layout', 'fontkit', 'pdfkit']
// What only preparing a handout needs: loaded in each render worker, the content library and its
// parsers held about 15 MB per worker that the main thread holds anyway.
const CONTENT_PIPELINE = ['mdast-util-from-markdown', 'micromark', 'yaml', 'parse-english', 'flesch-kincaid', 'zod']

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name)
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : []
  })

/** The modules a file loads when it runs: static and dynamic imports, not `import type`. */
const importsOf = (file: string): string[] => {
  const source = readFileSync(file, 'utf8')
  const specifiers = [...source.matchAll(/^import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?'([^']+)'/gm), ...source.matchAll(/\bimport\(\s*(?:\/\*.*?\*\/\s*)?'([^']+)'\s*\)/g)]
  return specifiers.map((match) => match[1]!)
}

const resolveLocal = (from: string, specifier: string): string | undefined => {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier)
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
}

/** Each of `packages` that `entries` load, through local modules, with the chain that loads it. */
function packagesReached(entries: string[], packages: string[]): { reached: string[]; modules: number } {
  const seen = new Set<string>()
  const reached: string[] = []
  const visit = (file: string, via: string[]) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const specifier of importsOf(file)) {
      const chain = [...via, path.relative(ROOT, file)]
      if (specifier.startsWith('.') || specifier.startsWith('@/')) {
        const local = resolveLocal(file, specifier)
        if (local) visit(local, chain)
      } else if (packages.includes(specifier)) reached.push(`${specifier} ← ${chain.reverse().join(' ← ')}`)
    }
  }
  for (const entry of entries) visit(entry, [])
  return { reached, modules: seen.size }
}

it('never loads the PDF renderer on the server’s main thread: routes, pages and start-up hand rendering to the workers', () => {
  const entries = [...sourceFiles(path.join(ROOT, 'app')), path.join(ROOT, 'instrumentation.ts'), path.join(ROOT, 'proxy.ts')]
  const { reached, modules } = packagesReached(entries, RENDERER)
  expect(modules).toBeGreaterThan(50)
  expect(reached).toEqual([])
})

it('never loads the content library in a render worker: handouts reach it prepared', () => {
  const { reached, modules } = packagesReached([path.join(ROOT, 'lib', 'pdf', 'render-worker.ts')], [...CONTENT_PIPELINE, ...RENDERER])
  expect(modules).toBeGreaterThan(10)
  expect(reached.map((chain) => chain.split(' ')[0])).toEqual(expect.arrayContaining(RENDERER))
  expect(reached.filter((chain) => CONTENT_PIPELINE.includes(chain.split(' ')[0]!))).toEqual([])
})
