import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { LightMyRequestResponse } from 'fastify'
import { createPool } from '../../src/db/pool.ts'
import { testDatabaseUrl } from '../helpers/test-app.ts'
import { buildOverloadApp, createLatch, expectServiceUnavailable } from './overload-app.ts'

// Test-only routes, registered on the test apps alone: a handler held open until the test lets it go.
const HELD_HEAVY = '/test-only/held-heavy'
const HELD_LIGHT = '/test-only/held-light'

/** Waits until `condition` holds (the injected requests run on the same event loop). */
async function until(condition: () => boolean, timeoutMs = 5_000) {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not reached')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('concurrency limit per route class', () => {
  const pool = createPool(testDatabaseUrl())
  const latch = createLatch()
  let entered = 0
  let app: Awaited<ReturnType<typeof buildOverloadApp>>

  beforeAll(async () => {
    app = await buildOverloadApp(pool, {
      CONCURRENCY_HEAVY: 2,
      CONCURRENCY_HEAVY_QUEUE: 1,
      CONCURRENCY_HEAVY_QUEUE_WAIT_MS: 400,
      REQUEST_TIMEOUT_MS: 0,
    })
    app.get(HELD_HEAVY, { config: { routeClass: 'heavy' } }, async () => {
      entered += 1
      await latch.opened
      return { held: 'done' }
    })
    await app.ready()
  })
  afterAll(async () => {
    latch.open()
    await app.close()
    await pool.end()
  })

  it('refuses the heavy requests past the limit and the queue with 503 + Retry-After, while light ones answer', async () => {
    const heavy = Array.from({ length: 5 }, () => app.inject({ method: 'GET', url: HELD_HEAVY }))
    await until(() => entered === 2)
    // Two running, one queued: the other two are refused at once, before their handler ran.
    const settled: LightMyRequestResponse[] = []
    for (const request of heavy) void request.then((response) => settled.push(response))
    await until(() => settled.length === 2)
    for (const response of settled) {
      expect(expectServiceUnavailable(response)).toMatch(/heavy/)
      expect(response.headers.connection).toBe('close')
    }
    expect(entered).toBe(2)

    const light = await app.inject({ method: 'GET', url: '/collections/terrils/items/74A' })
    expect(light.statusCode).toBe(200)
    const health = await app.inject({ method: 'GET', url: '/healthz' })
    expect(health.statusCode).toBe(200)

    // The queued one waited CONCURRENCY_HEAVY_QUEUE_WAIT_MS without a place.
    await until(() => settled.length === 3)
    expect(expectServiceUnavailable(settled[2]!)).toMatch(/waited/)

    latch.open()
    const answers = await Promise.all(heavy)
    expect(answers.filter((response) => response.statusCode === 200)).toHaveLength(2)
    // Every place was given back: two more run at once again.
    const again = await Promise.all([1, 2].map(() => app.inject({ method: 'GET', url: HELD_HEAVY })))
    expect(again.map((response) => response.statusCode)).toEqual([200, 200])
  })

  it('keeps a big items page in the heavy class (the limit holds on real routes)', async () => {
    const busy = createLatch()
    const localApp = await buildOverloadApp(pool, { CONCURRENCY_HEAVY: 1, CONCURRENCY_HEAVY_QUEUE: 0 })
    localApp.get(HELD_HEAVY, { config: { routeClass: 'heavy' } }, async () => {
      await busy.opened
      return {}
    })
    try {
      const held = localApp.inject({ method: 'GET', url: HELD_HEAVY })
      await new Promise((resolve) => setTimeout(resolve, 50))
      const big = await localApp.inject({ method: 'GET', url: '/collections/terrils/items?limit=5000' })
      expectServiceUnavailable(big)
      const page = await localApp.inject({ method: 'GET', url: '/collections/terrils/items?limit=10' })
      expect(page.statusCode).toBe(200)
      busy.open()
      expect((await held).statusCode).toBe(200)
    } finally {
      busy.open()
      await localApp.close()
    }
  })
})

describe('request deadline', () => {
  const pool = createPool(testDatabaseUrl())
  const latch = createLatch()
  let app: Awaited<ReturnType<typeof buildOverloadApp>>

  beforeAll(async () => {
    app = await buildOverloadApp(pool, { REQUEST_TIMEOUT_MS: 300 })
    app.get(HELD_LIGHT, async () => {
      await latch.opened
      return {}
    })
    await app.ready()
  })
  afterAll(async () => {
    latch.open()
    await app.close()
    await pool.end()
  })

  it('answers 503 when the answer has not started by REQUEST_TIMEOUT_MS', async () => {
    const start = Date.now()
    const response = await app.inject({ method: 'GET', url: HELD_LIGHT })
    expect(expectServiceUnavailable(response)).toMatch(/300 ms/)
    expect(Date.now() - start).toBeLessThan(2_000)
  })
})

describe('pool exhausted', () => {
  // One connection, held by the test: the app's queries wait for it at most DB_POOL_ACQUIRE_TIMEOUT_MS.
  const url = new URL(testDatabaseUrl())
  url.searchParams.set('pool_max', '1')
  const pool = createPool(url.toString(), { acquireTimeoutMs: 300 })
  let app: Awaited<ReturnType<typeof buildOverloadApp>>

  beforeAll(async () => {
    app = await buildOverloadApp(pool, { HEALTHZ_TIMEOUT_MS: 1_000 })
  })
  afterAll(async () => {
    await app.close()
    await pool.end()
  })

  it('answers 503 within the acquisition timeout, /healthz too, and recovers', async () => {
    const held = await pool.connect()
    try {
      const start = Date.now()
      const page = await app.inject({ method: 'GET', url: '/collections/terrils/items/74A' })
      expect(expectServiceUnavailable(page)).toMatch(/unavailable or saturated/)
      const health = await app.inject({ method: 'GET', url: '/healthz' })
      expectServiceUnavailable(health)
      expect(Date.now() - start).toBeLessThan(3_000)
    } finally {
      held.release()
    }
    const after = await app.inject({ method: 'GET', url: '/collections/terrils/items/74A' })
    expect(after.statusCode).toBe(200)
  })
})

describe.runIf(inject('databaseKind') === 'server')('statement timeout and a stalled table (server)', () => {
  const pool = createPool(testDatabaseUrl(), { statementTimeoutMs: 300, acquireTimeoutMs: 1_000 })
  const locker = createPool(testDatabaseUrl())
  let app: Awaited<ReturnType<typeof buildOverloadApp>>

  beforeAll(async () => {
    app = await buildOverloadApp(pool, {})
    app.get('/test-only/slow', async () => {
      await pool.query('SELECT pg_sleep(3)')
      return {}
    })
    await app.ready()
  })
  afterAll(async () => {
    await app.close()
    await Promise.all([pool.end(), locker.end()])
  })

  it('answers a statement cancelled by statement_timeout (57014) with 503, not 500', async () => {
    const start = Date.now()
    const response = await app.inject({ method: 'GET', url: '/test-only/slow' })
    expect(expectServiceUnavailable(response)).toMatch(/statement timeout/)
    expect(Date.now() - start).toBeLessThan(2_000)
  })

  it('answers 503 when a lock stalls the table a route reads, while /healthz answers', async () => {
    const client = await locker.connect()
    try {
      await client.query('BEGIN')
      await client.query('LOCK TABLE terril IN ACCESS EXCLUSIVE MODE')
      const start = Date.now()
      const page = await app.inject({ method: 'GET', url: '/collections/terrils/items?limit=5' })
      expectServiceUnavailable(page)
      expect(Date.now() - start).toBeLessThan(2_000)
      const health = await app.inject({ method: 'GET', url: '/healthz' })
      expect(health.statusCode).toBe(200)
    } finally {
      await client.query('ROLLBACK')
      client.release()
    }
    const after = await app.inject({ method: 'GET', url: '/collections/terrils/items?limit=5' })
    expect(after.statusCode).toBe(200)
  })
})

describe('process pressure', () => {
  const pool = createPool(testDatabaseUrl())
  let app: Awaited<ReturnType<typeof buildOverloadApp>>

  beforeAll(async () => {
    // A heap limit every process is past: the guard's first sample turns every request away.
    app = await buildOverloadApp(pool, { PRESSURE_MAX_HEAP_MB: 1 })
    await app.ready()
  })
  afterAll(async () => {
    await app.close()
    await pool.end()
  })

  it('refuses every request with 503 + Retry-After once the heap is past its limit', async () => {
    let response = await app.inject({ method: 'GET', url: '/conformance' })
    const start = Date.now()
    while (response.statusCode !== 503 && Date.now() - start < 5_000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      response = await app.inject({ method: 'GET', url: '/conformance' })
    }
    expect(expectServiceUnavailable(response)).toMatch(/heapUsedBytes/)
  })
})
