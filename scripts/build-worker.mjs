// Bundles the PDF render worker: worker threads load a file by path, outside Next's own bundling.
// npm packages stay external and load from node_modules.
import { build } from 'esbuild'

await build({ bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', jsx: 'automatic', logLevel: 'warning', entryPoints: ['lib/pdf/render-worker.ts'], outfile: 'dist/render-worker.mjs' })
