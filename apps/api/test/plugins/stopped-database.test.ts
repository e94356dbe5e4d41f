import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPool } from '../../src/db/pool.ts'
import { clusterProcesses, parentOf, signalAll } from '../helpers/process-tree.ts'
import { type ServerPostgis, startServerPostgis } from '../setup/server-postgis.ts'
import { buildOverloadApp, expectServiceUnavailable } from './overload-app.ts'

// A database server that stops answering altogether (SIGSTOP: no statement_timeout can fire), on a
// cluster of this test's own, so that no other suite sees it.
describe.runIf(inject('databaseKind') === 'server')('a stopped database server', () => {
  let server: ServerPostgis
  let processes: number[] = []
  let pool: ReturnType<typeof createPool>
  let app: Awaited<ReturnType<typeof buildOverloadApp>>

  beforeAll(async () => {
    server = await startServerPostgis()
    pool = createPool(server.connectionString, { acquireTimeoutMs: 500, queryTimeoutMs: 800 })
    app = await buildOverloadApp(pool, { HEALTHZ_TIMEOUT_MS: 500 })
    app.get('/test-only/select', async () => (await pool.query('SELECT 1 AS one')).rows[0])
    await app.ready()
    const backend = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid
    processes = await clusterProcesses(await parentOf(backend))
  }, 60_000)
  afterAll(async () => {
    signalAll(processes, 'SIGCONT')
    await app?.close()
    await pool?.end().catch(() => undefined)
    await server?.stop()
  })

  it('answers /healthz and a query route with 503 within their bounds, and recovers', async () => {
    const before = await app.inject({ method: 'GET', url: '/healthz' })
    expect(before.statusCode, before.body).toBe(200)
    for (const pid of processes) process.kill(pid, 'SIGSTOP')
    try {
      let start = Date.now()
      expectServiceUnavailable(await app.inject({ method: 'GET', url: '/healthz' }))
      expect(Date.now() - start).toBeLessThan(1_500)
      start = Date.now()
      expectServiceUnavailable(await app.inject({ method: 'GET', url: '/test-only/select' }))
      expect(Date.now() - start).toBeLessThan(2_500)
    } finally {
      for (const pid of processes) process.kill(pid, 'SIGCONT')
    }
    // The stalled connections were dropped: new ones answer.
    const after = await app.inject({ method: 'GET', url: '/test-only/select' })
    expect(after.statusCode).toBe(200)
  })
})
