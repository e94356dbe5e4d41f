import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { buildApp } from '../../../api/src/app.ts'
import { startEmbeddedPostgis } from '../../../api/src/db/embedded-postgis.ts'
import { createPool } from '../../../api/src/db/pool.ts'
import { prepareTestDatabase } from '../../../api/test/setup/load-test-database.ts'

export interface ServedProduct {
  url: string
  /** The built web app, for size measurements. */
  webDist: string
  /** The embedded database behind the API, for test set-ups that create accounts with the API's services. */
  databaseUrl: string
  stop(): Promise<void>
}

/**
 * What `npm start` serves, on a random loopback port: the web app built by Vite under /app/ and the API
 * on a throwaway embedded database loaded with the real data.
 */
export async function serveProduct(): Promise<ServedProduct> {
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
  return {
    url,
    webDist,
    databaseUrl: database.connectionString,
    async stop() {
      await app.close()
      await pool.end()
      await database.stop()
      await rm(webDist, { recursive: true, force: true })
    },
  }
}
