// Bundles the PDF render worker into dist/render-worker.mjs. Worker threads load a file by
// path, outside Next's own bundling, so the worker is built on its own; npm packages stay
// external and load from node_modules.
import { build } from 'esbuild'

await build({
  entryPoints: ['lib/pdf/render-worker.ts'],
  outfile: 'dist/render-worker.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  logLevel: 'warning',
})
