import path from 'node:path'
import { defineConfig } from 'vitest/config'

// `server-only` as Next's server build resolves it; the tests run server modules outside Next,
// where the published package throws (tsconfig.scripts.json says why not the react-server condition).
const alias = { '@': import.meta.dirname, 'server-only': path.join(import.meta.dirname, 'node_modules/server-only/empty.js') }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/**/*.test.ts', 'bench/**/*.test.ts'], exclude: ['tests/e2e/**'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // The PDF package's own tests: its entry and its parts, with handouts from its fixtures.
        test: { name: 'handout-pdf', root: 'packages/handout-pdf', include: ['tests/**/*.test.ts'], globalSetup: ['tests/support/build-first.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          // The database integration tests again, on a throwaway PostgreSQL cluster.
          name: 'postgresql',
          include: ['tests/database/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/auth/sign-in-throttle.test.ts', 'tests/auth/verify-credentials.test.ts', 'tests/auth/user-sessions.test.ts'],
          // SQLite's online backup has no PostgreSQL counterpart in the app (pg_dump does it), and
          // file modes are about SQLite's files.
          exclude: ['tests/data/backup.test.ts', 'tests/data/data-file-modes.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/postgresql-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One production server for all browser tests, built and started once.
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
