import pg from 'pg'
import { inject } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { createPool } from '../../src/db/pool.ts'

/** The database prepared by the project's global setup (embedded PGlite or a PostgreSQL server). */
export function testDatabaseUrl(): string {
  return inject('databaseUrl')
}

/** A pool on the test database; close it in afterAll. */
export function createTestPool(): pg.Pool {
  return createPool(testDatabaseUrl())
}

/** The API built on the test database, without listening; requests go through app.inject. */
export async function createTestApp(pool: pg.Pool) {
  return buildApp({
    pool,
    config: { PUBLIC_URL: undefined, WEB_DIST_DIR: '/nonexistent-web-dist', LOG_LEVEL: 'silent' },
    logger: false,
  })
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>
