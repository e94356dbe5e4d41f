import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'
import { buildApp } from '../../../api/src/app.ts'
import { createPool } from '../../../api/src/db/pool.ts'
import { startEmbeddedPostgis } from '../../../api/src/db/embedded-postgis.ts'
import { prepareTestDatabase } from '../../../api/test/setup/load-test-database.ts'

/**
 * What `npm start` serves, on a random port: the built web app under /app/ and the API, on the embedded
 * database loaded with the real data.
 */
export default async function setup(project: TestProject) {
  const webDist = await mkdtemp(path.join(os.tmpdir(), 'hw-web-dist-'))
  await build({
    configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'),
    build: { outDir: webDist, emptyOutDir: true },
    logLevel: 'warn',
  })
  const database = await startEmbeddedPostgis('memory://')
  await prepareTestDatabase(database.connectionString)
  const pool = createPool(database.connectionString)
  const app = await buildApp({
    pool,
    config: { PUBLIC_URL: undefined, WEB_DIST_DIR: webDist, LOG_LEVEL: 'silent' },
    logger: false,
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  project.provide('baseUrl', url)
  return async () => {
    await app.close()
    await pool.end()
    await database.stop()
    await rm(webDist, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
