import pg from 'pg'
import { afterAll, beforeAll, inject } from 'vitest'
import { type AppOptions, buildApp } from '../../src/app.ts'
import { createPool } from '../../src/db/pool.ts'

/** The database prepared by the project's global setup (embedded PGlite or a PostgreSQL server). */
export function testDatabaseUrl(): string {
  return inject('databaseUrl')
}

/** A pool on the test database; close it in afterAll. */
export function createTestPool(): pg.Pool {
  return createPool(testDatabaseUrl())
}

/**
 * The API built on the test database, without listening; requests go through app.inject. Live events go
 * through NOTIFY on the server database, as npm start does there.
 */
export async function createTestApp(pool: pg.Pool, options: Pick<AppOptions, 'dataVersionMaxAgeMs'> = {}) {
  return buildApp({
    pool,
    config: {
      PUBLIC_URL: undefined,
      WEB_DIST_DIR: '/nonexistent-web-dist',
      LOG_LEVEL: 'silent',
      // Every file's injected requests come from 127.0.0.1 and share one database: the per-address login
      // limit would let one file's wrong passwords lock out the next file. Its own tests set it.
      LOGIN_MAX_FAILURES_PER_ADDRESS: 100_000,
    },
    logger: false,
    liveEvents: inject('databaseKind') === 'server' ? 'notify' : 'in-process',
    ...options,
  })
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>

/**
 * Registers the hooks that open a pool and build the app before the file's tests and close both after.
 * @returns an object whose `app` and `pool` are set once the tests run
 */
export function useTestApp(): { app: TestApp; pool: pg.Pool } {
  const server = {} as { app: TestApp; pool: pg.Pool }
  beforeAll(async () => {
    server.pool = createTestPool()
    server.app = await createTestApp(server.pool)
  })
  afterAll(async () => {
    await server.app.close()
    await server.pool.end()
  })
  return server
}

/**
 * Like useTestApp, with the app listening on a loopback port, for real clients (GDAL, browsers).
 * @returns an object whose `app`, `pool` and `url` (no trailing slash) are set once the tests run
 */
export function useListeningTestApp(): { app: TestApp; pool: pg.Pool; url: string } {
  const server = {} as { app: TestApp; pool: pg.Pool; url: string }
  beforeAll(async () => {
    server.pool = createTestPool()
    server.app = await createTestApp(server.pool)
    server.url = await server.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await server.app.close()
    await server.pool.end()
  })
  return server
}
