import { randomUUID } from 'node:crypto'
import { LivenessSchema, ReadinessSchema } from '@heritage-watch/shared'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPool } from '../../../src/db/pool.ts'
import { shippedMigrations } from '../../../src/db/migrate.ts'
import { testDatabaseUrl, useTestApp } from '../../helpers/test-app.ts'
import { buildOverloadApp, expectServiceUnavailable } from '../../plugins/overload-app.ts'
import { freePort } from '../../setup/server-postgis.ts'

describe('GET /health and GET /ready on a database that answers', () => {
  const server = useTestApp()

  it('/health: 200, never stored by a cache', async () => {
    const response = await server.app.inject({ url: '/health' })
    expect(response.statusCode).toBe(200)
    expect(LivenessSchema.parse(response.json())).toEqual({ status: 'ok' })
    expect(response.headers['cache-control']).toBe('no-store')
  })

  it('/ready: 200 with every shipped migration applied', async () => {
    const response = await server.app.inject({ url: '/ready' })
    expect(response.statusCode, response.body).toBe(200)
    const body = ReadinessSchema.parse(response.json())
    const shipped = (await shippedMigrations()).length
    expect(body.migrations).toEqual({ applied: shipped, expected: shipped })
    expect(body.database.answeredInMs).toBeLessThan(1000)
  })

  it('keeps /healthz, the old name, answering as before', async () => {
    const response = await server.app.inject({ url: '/healthz' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ status: 'ok' })
  })
})

// Nothing listens on the port: every connection is refused, as when PostgreSQL is stopped. The app has
// in-process live events (buildOverloadApp): the NOTIFY listener needs the database to start.
describe('a database that cannot be reached', () => {
  let pool: pg.Pool
  let app: Awaited<ReturnType<typeof buildOverloadApp>>
  beforeAll(async () => {
    pool = createPool(`postgres://postgres@127.0.0.1:${await freePort()}/heritage_watch`, {
      acquireTimeoutMs: 500,
    })
    app = await buildOverloadApp(pool, {})
  })
  afterAll(async () => {
    await app.close()
    await pool.end()
  })

  it('/health stays 200; /ready says 503 and names the database', async () => {
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200)
    const detail = expectServiceUnavailable(await app.inject({ url: '/ready' }))
    expect(detail).toMatch(/^database: .*ECONNREFUSED/)
  })

  it('answers a read, a login and /healthz with 503 problem+json and Retry-After, never a 500', async () => {
    for (const request of [
      { url: '/collections/terrils/items?limit=1' },
      { url: '/collections/terrils/items/74A' },
      { url: '/search?q=Lievin' },
      { url: '/healthz' },
      {
        method: 'POST' as const,
        url: '/auth/login',
        payload: { email: 'nobody@example.invalid', password: 'not a real password 1' },
      },
      { url: '/alerts', headers: { authorization: `Bearer hw_${'a'.repeat(43)}` } },
    ])
      expectServiceUnavailable(await app.inject(request))
  })
})

// A schema without the migrations table, as a database the new version was started on before
// `npm run db:migrate` ran: the database answers, but the process is not ready. On a server only: the
// embedded database's connections all share its one session (pglite-socket), so a search_path set for
// this pool would move every other test's queries to the empty schema too. The rule itself is unit-tested.
describe.skipIf(inject('databaseKind') === 'embedded')('a database whose migrations are not applied', () => {
  const schema = `ready_probe_${randomUUID().slice(0, 8)}`
  const admin = createPool(testDatabaseUrl())
  let pool: pg.Pool
  let app: Awaited<ReturnType<typeof buildOverloadApp>>
  beforeAll(async () => {
    await admin.query(`CREATE SCHEMA ${schema}`)
    pool = createPool(testDatabaseUrl())
    // Queued on each new connection before any other query of the pool.
    pool.on('connect', (client) => void client.query(`SET search_path TO ${schema}`))
    app = await buildOverloadApp(pool, {})
  })
  afterAll(async () => {
    await app.close()
    await pool.end()
    await admin.query(`DROP SCHEMA ${schema} CASCADE`)
    await admin.end()
  })

  it('/ready: 503 naming the migrations not applied', async () => {
    const detail = expectServiceUnavailable(await app.inject({ url: '/ready' }))
    expect(detail).toMatch(/^migrations: \d+ not applied \(0001_/)
  })
})
