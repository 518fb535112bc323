// Bundles what runs outside Next's own bundling: the PDF render worker (worker threads load a
// file by path) and the production server's entry (server.ts). npm packages stay external and
// load from node_modules.
import { build } from 'esbuild'

const shared = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', jsx: 'automatic', logLevel: 'warning' }

await Promise.all([
  build({ ...shared, entryPoints: ['lib/pdf/render-worker.ts'], outfile: 'dist/render-worker.mjs' }),
  build({ ...shared, entryPoints: ['server.ts'], outfile: 'dist/server.mjs', alias: { '@': '.' } }),
])
