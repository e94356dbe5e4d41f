import { existsSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

// `npm run test:fuzz` (issue 13 §6): generated requests against the real databases, embedded and, where
// it is installed (always under CI), a PostgreSQL server.
const ci = process.env.CI === 'true'
const hasServerPostgis =
  existsSync('/usr/lib/postgresql/15/bin/initdb') &&
  existsSync('/usr/share/postgresql/15/extension/postgis.control')

const fuzz = (name: string, globalSetup: string) => ({
  test: {
    name,
    include: ['apps/api/test/fuzz/**/*.test.ts'],
    globalSetup: [globalSetup],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      fuzz('fuzz-embedded', 'apps/api/test/setup/embedded-postgis.ts'),
      ...(ci || hasServerPostgis ? [fuzz('fuzz-server', 'apps/api/test/setup/server-postgis.ts')] : []),
    ],
  },
})
