import { defineConfig } from 'vitest/config'

// `npm run test:faults` (issue 13 §5): the API killed, stopped and starved on purpose. Each test starts
// the processes and databases it breaks, so the files run one after the other on a quiet machine.
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    include: ['apps/api/test/faults/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
