import { existsSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

// The server-PostGIS and GDAL suites need Debian packages that .ci/run installs; under CI they are
// mandatory (their setup fails loudly when a tool is missing), elsewhere they run when the tools exist.
const ci = process.env.CI === 'true'
const hasChromium = existsSync('/usr/bin/chromium')
const hasServerPostgis =
  existsSync('/usr/lib/postgresql/15/bin/initdb') &&
  existsSync('/usr/share/postgresql/15/extension/postgis.control')

const integration = (name: string, globalSetup: string) => ({
  test: {
    name,
    include: ['apps/api/test/**/*.test.ts'],
    // The fault and fuzz suites are slow: `npm run test:faults` and `npm run test:fuzz` run them.
    exclude: ['apps/api/test/faults/**', 'apps/api/test/fuzz/**'],
    globalSetup: [globalSetup],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One database per project, shared by its files: run them one after the other.
    fileParallelism: false,
  },
})

// Real-browser tests: Debian's Chromium against what `npm start` serves.
const browser = {
  test: {
    name: 'e2e',
    include: ['apps/web/e2e/**/*.e2e.test.ts'],
    globalSetup: ['apps/web/e2e/setup/serve-app.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
}

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.tsx',
            'apps/api/bench/**/*.test.ts',
            'scripts/**/*.test.ts',
            'apps/api/bench/**/*.test.ts',
          ],
        },
      },
      integration('integration-embedded', 'apps/api/test/setup/embedded-postgis.ts'),
      ...(ci || hasServerPostgis
        ? [integration('integration-server', 'apps/api/test/setup/server-postgis.ts')]
        : []),
      ...(ci || hasChromium ? [browser] : []),
    ],
  },
})
