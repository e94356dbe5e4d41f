import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { runApiCommand, startApi } from './api-process.ts'
import { startStubGeocoder } from './stub-geocoder.ts'

/** The administrator made before the API starts, who then makes every other test account. */
export interface AdminCredentials {
  email: string
  password: string
}

export interface ServedProduct {
  url: string
  /** The built web app, for size measurements. */
  webDist: string
  /** An admin account of the served API, for test set-ups that create accounts through /admin. */
  admin: AdminCredentials
  /** The stand-in address service the API asks (support/stub-geocoder.ts). */
  geocoderUrl: string
  stop(): Promise<void>
}

/**
 * What `npm start` serves, as a user starts it, on a free loopback port: the web app built by Vite, and
 * the API's own start command (`npm run start -w @heritage-watch/api`) in a child process, on a fresh
 * embedded database directory that it migrates and loads with the real data. No file of apps/web
 * imports the API: the only way in is its command line and its HTTP interface.
 */
export async function serveProduct(): Promise<ServedProduct> {
  const webDist = await mkdtemp(path.join(os.tmpdir(), 'hw-web-dist-'))
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hw-pglite-'))
  const geocoder = await startStubGeocoder()
  const removeAll = () =>
    Promise.all([
      rm(webDist, { recursive: true, force: true }),
      rm(dataDir, { recursive: true, force: true }),
      geocoder.close(),
    ])
  try {
    await build({
      configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'),
      build: { outDir: webDist, emptyOutDir: true },
      logLevel: 'warn',
    })
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      // '' is "unset" for the API's config: never a server database or a proxy URL from the caller's shell.
      DATABASE_URL: '',
      PUBLIC_URL: '',
      PGLITE_DATA_DIR: dataDir,
      WEB_DIST_DIR: webDist,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'warn',
      // No internet here: the address service is a stand-in on loopback.
      GEOCODER_URL: geocoder.url,
    }
    const admin = { email: `admin-${randomUUID().slice(0, 8)}@e2e.test.invalid`, password: randomUUID() }
    // The first admin, as an operator makes one (`npm run user:create`), before the server holds the
    // data directory's lock.
    await runApiCommand(
      'user:create',
      ['--role', 'admin', '--email', admin.email, '--name', 'E2E Administration'],
      { ...environment, HW_PASSWORD: admin.password },
    )
    const api = await startApi(environment)
    return {
      url: api.url,
      webDist,
      admin,
      geocoderUrl: geocoder.url,
      async stop() {
        await api.stop()
        await removeAll()
      },
    }
  } catch (error) {
    await removeAll()
    throw error
  }
}
