import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type pg from 'pg'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { MetricsRepo } from '../../db/metrics-repo.ts'
import { ERROR_MESSAGES, ForbiddenError, NotFoundError, ServiceUnavailableError } from '../../errors.ts'
import { metricsAccess } from './metrics-access.ts'

export interface MetricsOptions {
  pool: pg.Pool
  repo: MetricsRepo
  /** The bearer token that opens /metrics beyond the loopback; none: loopback only. */
  token: string | undefined
  /** Node's own metrics (heap, event loop, GC): on for a served process, off for tests that build many apps. */
  processMetrics: boolean
}

/** The longest a scrape waits for the database's alert counts (the embedded one has a single connection). */
const DATABASE_SCRAPE_TIMEOUT_MS = 1000
/** From 5 ms (a cached page) to 30 s (the request deadline, config-overload.ts). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** The route's pattern (`/collections/:collectionId/items`), never the raw URL: labels stay few. */
function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched'
}

function createMetrics(options: MetricsOptions, warn: (message: string) => void) {
  const registry = new Registry()
  if (options.processMetrics) collectDefaultMetrics({ register: registry })
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  })
  const shed = new Counter({
    name: 'heritage_watch_shed_requests_total',
    help: 'Requests refused 503 by the overload guards (concurrency limits, deadline, process pressure)',
    labelNames: ['route'],
    registers: [registry],
  })
  const { pool } = options
  new Gauge({
    name: 'heritage_watch_db_pool_connections',
    help: 'Database pool connections: total open, idle, and requests waiting for one',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      this.set({ state: 'total' }, pool.totalCount)
      this.set({ state: 'idle' }, pool.idleCount)
      this.set({ state: 'waiting' }, pool.waitingCount)
    },
  })
  const databaseUp = new Gauge({
    name: 'heritage_watch_metrics_database_up',
    help: '1 when the last scrape read the alert counts from the database within 1 s, else 0',
    registers: [registry],
  })
  new Gauge({
    name: 'heritage_watch_alerts',
    help: 'Alerts by status, read from the database at each scrape',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      try {
        const rows = await withTimeout(options.repo.alertsByStatus(), DATABASE_SCRAPE_TIMEOUT_MS)
        this.reset()
        for (const row of rows) this.set({ status: row.status }, row.alerts)
        databaseUp.set(1)
      } catch (error) {
        // The other metrics still answer: an outage is what they are read for.
        this.reset()
        databaseUp.set(0)
        warn(`metrics: alert counts not read (${(error as Error).message})`)
      }
    },
  })
  return { registry, latency, shed }
}

/**
 * Prometheus metrics at GET /metrics: latency per route pattern, the database pool, requests shed by
 * the overload guards, alerts by status. Readable from the loopback or with METRICS_TOKEN (metrics-access.ts).
 */
export const metrics = fp(
  async (app: FastifyInstance, options: MetricsOptions) => {
    const { registry, latency, shed } = createMetrics(options, (message) => app.log.warn(message))
    app.addHook('onResponse', async (request, reply) => {
      latency.observe(
        { method: request.method, route: routeLabel(request), status_code: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      )
    })
    // A database outage is turned into a 503 by the error handler, after this hook: it is not counted.
    app.addHook('onError', async (request, _reply, error) => {
      if (error instanceof ServiceUnavailableError) shed.inc({ route: routeLabel(request) })
    })
    app.get(
      '/metrics',
      { schema: { hide: true }, config: { authentication: false, routeClass: 'unlimited' } },
      async (request, reply) => {
        const access = metricsAccess(
          {
            ip: request.ip,
            authorization: request.headers.authorization,
            forwarded:
              request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined,
          },
          options.token,
        )
        if (access === 'hidden')
          throw new NotFoundError(ERROR_MESSAGES.routeNotFound(request.method, request.url))
        if (access === 'forbidden') throw new ForbiddenError('Wrong metrics token')
        const body = await registry.metrics()
        return reply.header('cache-control', 'no-store').type(registry.contentType).send(body)
      },
    )
  },
  { name: 'metrics' },
)
