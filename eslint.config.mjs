import boundaries from 'eslint-plugin-boundaries'
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

// The layers of the code, lowest first: each may import its own and those before it, never one
// after it, and no module imports itself round a cycle. @see issue 21, items 1 and 4
const LAYERS = [
  // The PDF renderer, a package of its own: it imports nothing of ours, and we import only its
  // entry (package.json "exports"), never what is behind it.
  ['handout-pdf-entry', ['packages/handout-pdf/src/index.ts']],
  ['handout-pdf', ['packages/handout-pdf/**']],
  // Read by every layer, so they import none: settings, errors, logging, small helpers.
  ['shared', ['lib/env.ts', 'lib/errors.ts', 'lib/log.ts', 'lib/once-per-key.ts', 'lib/parse-variables.ts', 'lib/database-env.ts', 'lib/sqlite-file.ts', 'lib/database/**', 'lib/images/**', 'lib/forms/**', 'generated/**']],
  ['content', ['lib/content/**']],
  ['handout', ['lib/handout/**', 'lib/drawings/**']],
  ['data', ['lib/db.ts', 'lib/data/**']],
  ['auth', ['lib/auth/**']],
  ['handouts', ['lib/handouts/**']],
  ['app', ['app/**', 'components/**', 'lib/http/**', 'proxy.ts', 'instrumentation.ts', 'types/**']],
  ['tools', ['scripts/**', 'prisma/**', '*.config.*']],
  // The test harness the bench shares; it imports neither tests nor the bench.
  ['support', ['tests/support/**']],
  ['bench', ['bench/**']],
  ['tests', ['tests/**']],
]
// Never 'handout-pdf' itself: what is behind the package's entry is the package's alone.
const typesUpTo = (name) => LAYERS.slice(0, LAYERS.findIndex(([type]) => type === name) + 1).map(([type]) => type).filter((type) => type !== 'handout-pdf')
const allowed = {
  ...Object.fromEntries(LAYERS.slice(0, 9).map(([type]) => [type, typesUpTo(type)])),
  'handout-pdf-entry': ['handout-pdf'],
  'handout-pdf': ['handout-pdf', 'handout-pdf-entry'],
  tools: typesUpTo('app').concat('tools'),
  support: typesUpTo('app').concat('support'),
  bench: typesUpTo('app').concat('support', 'bench'),
  tests: typesUpTo('app').concat('tools', 'support', 'tests'),
}

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['.next/**', 'node_modules/**', 'generated/**', 'dist/**', 'packages/*/dist/**', 'tmp/**', 'next-env.d.ts', 'data/**', 'bench/**/*.json'] },
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map(([type, pattern]) => ({ type, pattern, mode: 'full' })),
      'boundaries/include': LAYERS.flatMap(([, pattern]) => pattern),
      // 'full' is the mode that classifies single files (lib/env.ts, lib/db.ts); v7 warns it will go
      // in v8, where 'boundaries/files' replaces it.
      'boundaries/legacy-warnings': false,
    },
    rules: {
      'boundaries/dependencies': ['error', {
        default: 'disallow',
        checkAllOrigins: true,
        policies: [
          // npm packages and Node's own modules, for everyone...
          { allow: { to: { module: { origin: ['external', 'core'] } } } },
          // ...but the PDF libraries only inside the package that owns them. @see issue 21, item 1
          { from: { element: { types: { noneOf: ['handout-pdf', 'handout-pdf-entry'] } } }, disallow: { to: { module: { origin: 'external', source: ['@react-pdf/*', 'pdfkit', 'fontkit'] } } } },
          ...Object.entries(allowed).map(([from, to]) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } })),
        ],
      }],
      'import/no-cycle': 'error',
    },
  },
]

export default config
