import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // Browser tests build and start the real app once; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
})
