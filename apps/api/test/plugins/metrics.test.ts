import { MEDIA_TYPES } from '@heritage-watch/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppOptions, buildApp } from '../../src/app.ts'
import { createPool } from '../../src/db/pool.ts'
import { testDatabaseUrl } from '../helpers/test-app.ts'
import { createLatch } from './overload-app.ts'

const pool = createPool(testDatabaseUrl())
const apps: Awaited<ReturnType<typeof buildApp>>[] = []
/** Synthetic token for the test. */
const METRICS_TOKEN = 'test-metrics-token-0123456789abcdef'

async function appWith(config: Partial<AppOptions['config']> = {}) {
  const app = await buildApp({
    pool,
    config: { PUBLIC_URL: undefined, WEB_DIST_DIR: '/nonexistent-web-dist', LOG_LEVEL: 'silent', ...config },
    logger: false,
  })
  apps.push(app)
  return app
}

afterAll(async () => {
  for (const app of apps) await app.close()
  await pool.end()
})

/** The value of one sample of the exposition text, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const line = text
    .split('\n')
    .find((candidate) =>
      candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `)
        ? Object.entries(labels).every(([key, value]) => candidate.includes(`${key}="${value}"`))
        : false,
    )
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1))
}

describe('GET /metrics', () => {
  let app: Awaited<ReturnType<typeof buildApp>>
  beforeAll(async () => {
    app = await appWith({ METRICS_TOKEN })
  })

  it('gives the latency per route pattern, never per raw URL, to a loopback client', async () => {
    for (const id of ['74A', '1', 'does-not-exist'])
      await app.inject({ url: `/collections/terrils/items/${encodeURIComponent(id)}` })
    await app.inject({ url: '/no-such-page-3f9a' })
    const answer = await app.inject({ url: '/metrics' })
    expect(answer.statusCode, answer.body).toBe(200)
    expect(answer.headers['content-type']).toContain('text/plain')
    const text = answer.body
    // The pattern of the collection's item route, with its parameter, whatever the feature.
    const route = '/collections/terrils/items/:featureId'
    expect(
      sample(text, 'http_request_duration_seconds_count', { route, status_code: '200' }),
    ).toBeGreaterThan(0)
    expect(
      sample(text, 'http_request_duration_seconds_count', { route, status_code: '404' }),
    ).toBeGreaterThan(0)
    expect(sample(text, 'http_request_duration_seconds_count', { route: 'unmatched' })).toBe(1)
    expect(text).not.toContain('74A')
    expect(text).not.toContain('no-such-page-3f9a')
  })

  it('gives the pool and the alerts by status, as the database counts them', async () => {
    const text = (await app.inject({ url: '/metrics' })).body
    expect(sample(text, 'heritage_watch_db_pool_connections', { state: 'total' })).toBe(pool.totalCount)
    expect(sample(text, 'heritage_watch_db_pool_connections', { state: 'waiting' })).toBeGreaterThanOrEqual(0)
    expect(sample(text, 'heritage_watch_metrics_database_up')).toBe(1)
    const { rows } = await pool.query<{ status: string; alerts: number }>(
      'SELECT status, count(*)::int AS alerts FROM alert GROUP BY status',
    )
    for (const row of rows)
      expect(sample(text, 'heritage_watch_alerts', { status: row.status })).toBe(row.alerts)
  })

  it('hides from other addresses and from requests relayed by a proxy (404), refuses a wrong token (403)', async () => {
    const remote = await app.inject({ url: '/metrics', remoteAddress: '203.0.113.9' })
    expect(remote.statusCode).toBe(404)
    expect(remote.headers['content-type']).toContain(MEDIA_TYPES.problem)
    expect(remote.body).not.toContain('http_request_duration_seconds')
    const relayed = await app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '198.51.100.4' } })
    expect(relayed.statusCode).toBe(404)
    const wrong = await app.inject({
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: 'Bearer not-the-right-token-but-long-enough' },
    })
    expect(wrong.statusCode).toBe(403)
    const right = await app.inject({
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    })
    expect(right.statusCode, right.body).toBe(200)
    expect(right.body).toContain('heritage_watch_alerts')
  })

  it('without a configured token, refuses every bearer token and stays hidden from other addresses', async () => {
    const closed = await appWith()
    const bearer = { authorization: `Bearer ${METRICS_TOKEN}` }
    expect(
      (await closed.inject({ url: '/metrics', remoteAddress: '203.0.113.9', headers: bearer })).statusCode,
    ).toBe(403)
    expect((await closed.inject({ url: '/metrics', remoteAddress: '203.0.113.9' })).statusCode).toBe(404)
    expect((await closed.inject({ url: '/metrics', remoteAddress: '::1' })).statusCode).toBe(200)
  })
})

describe('shed requests in /metrics', () => {
  const HELD = '/test-only/metrics-held'
  const latch = createLatch()
  let app: Awaited<ReturnType<typeof buildApp>>
  beforeAll(async () => {
    app = await appWith({ CONCURRENCY_LIGHT: 1, CONCURRENCY_LIGHT_QUEUE: 0, REQUEST_TIMEOUT_MS: 0 })
    app.get(HELD, async () => {
      await latch.opened
      return { held: 'done' }
    })
    await app.ready()
  })
  afterAll(() => latch.open())

  it('counts the 503s of the concurrency limit by route, not the other answers', async () => {
    const held = app.inject({ url: HELD })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const refused = await Promise.all([app.inject({ url: HELD }), app.inject({ url: HELD })])
    expect(refused.map((answer) => answer.statusCode)).toEqual([503, 503])
    latch.open()
    expect((await held).statusCode).toBe(200)
    // /metrics is never shed itself (unlimited), so it answers even at the limit.
    const text = (await app.inject({ url: '/metrics' })).body
    expect(sample(text, 'heritage_watch_shed_requests_total', { route: HELD })).toBe(2)
    expect(sample(text, 'http_request_duration_seconds_count', { route: HELD, status_code: '503' })).toBe(2)
  })
})
