// The package as Node loads it: its entry, and the render worker, which worker threads load by
// path. npm packages stay external and load from node_modules; code both share goes in chunks.
import { build } from 'esbuild'

await build({
  absWorkingDir: import.meta.dirname,
  entryPoints: { index: 'src/index.ts', 'render-worker': 'src/render-worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'warning',
})
