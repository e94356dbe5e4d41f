import { MEDIA_TYPES } from '@heritage-watch/shared'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LISTENER_APPLICATION_NAME } from '../../src/db/notify-listener.ts'
import { type ApiProcess, startApi } from '../../bench/api-process.ts'
import { clusterProcesses, signalAll } from '../helpers/process-tree.ts'
import { prepareTestDatabase } from '../setup/load-test-database.ts'
import { type ServerPostgis, startServerPostgis } from '../setup/server-postgis.ts'
import { type Answer, startLightLoad, summarise } from './helpers/light-load.ts'

// Issue 13 §1 and §5: PostgreSQL stopped, then frozen, for 10 s under light load, with the API as a
// child process (as in production). Every answer must be a 2xx or an honest 503 (problem+json with
// Retry-After), none may hang past the request deadline, /health stays 200, /ready says 503, and the
// API serves again within 5 s of the database's return, without a restart.

const OUTAGE_MS = 10_000
const RECOVERY_MS = 5_000
/** The API's own bounds, tightened so that a scenario stays short (defaults: architecture §33). */
const REQUEST_TIMEOUT_MS = 4_000
const API_ENV = {
  RESPONSE_CACHE: 'off', // every request goes to the database
  REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
  DB_STATEMENT_TIMEOUT_MS: '2000', // query_timeout 7 s: the request deadline answers first
  DB_POOL_ACQUIRE_TIMEOUT_MS: '2000',
}
/** A hang is an answer later than the request deadline, plus slack for a busy 2-core machine. */
const HANG_MS = REQUEST_TIMEOUT_MS + 3_000
const URLS = [
  '/collections',
  '/collections/terrils/items?limit=5',
  '/collections/terrils/items/74A',
  '/collections/communes/items?limit=3',
  '/search?q=Loos-en-Gohelle',
  '/collections/terrils/queryables',
]

const isHonest = (answer: Answer) =>
  (typeof answer.status === 'number' && answer.status >= 200 && answer.status < 300) ||
  (answer.status === 503 &&
    Number(answer.retryAfter) > 0 &&
    (answer.contentType ?? '').startsWith(MEDIA_TYPES.problem))

async function statusOf(url: string): Promise<number | 'error'> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(HANG_MS) })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 'error'
  }
}

/** Polls /health and /ready every 250 ms until stopped; returns what each answered. */
function watchProbes(base: string) {
  const seen: { health: (number | 'error')[]; ready: (number | 'error')[] } = { health: [], ready: [] }
  let running = true
  const loop = (async () => {
    while (running) {
      const [health, ready] = await Promise.all([statusOf(`${base}/health`), statusOf(`${base}/ready`)])
      seen.health.push(health)
      seen.ready.push(ready)
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })()
  return {
    seen,
    async stop() {
      running = false
      await loop
      return seen
    },
  }
}

/** Milliseconds until /ready answers 200 and every URL a 2xx, polling every 100 ms; Infinity past `withinMs`. */
async function recoveryTime(base: string, withinMs: number): Promise<number> {
  const started = performance.now()
  while (performance.now() - started < withinMs + 2_000) {
    const statuses = await Promise.all([`/ready`, ...URLS].map((url) => statusOf(`${base}${url}`)))
    if (statuses.every((status) => typeof status === 'number' && status >= 200 && status < 300))
      return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Number.POSITIVE_INFINITY
}

/** Milliseconds until the API's LISTEN connection is back (pg_stat_activity); Infinity past `withinMs`. */
async function listenerBack(connectionString: string, withinMs: number): Promise<number> {
  const started = performance.now()
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    while (performance.now() - started < withinMs + 2_000) {
      const { rows } = await client.query<{ listening: number }>(
        'SELECT count(*)::int AS listening FROM pg_stat_activity WHERE application_name = $1',
        [LISTENER_APPLICATION_NAME],
      )
      if (rows[0]!.listening > 0) return performance.now() - started
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return Number.POSITIVE_INFINITY
  } finally {
    await client.end()
  }
}

/** Runs light load around `outage` (which breaks the database and repairs it); checks every answer. */
async function underOutage(
  api: ApiProcess,
  outage: { connectionString: string; start(): Promise<void>; end(): Promise<void> },
) {
  const load = startLightLoad(api.base, URLS, { concurrency: 4, timeoutMs: HANG_MS, pauseMs: 50 })
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  await outage.start()
  const probes = watchProbes(api.base)
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS))
  const probed = await probes.stop()
  await outage.end()
  const [recovered, listening] = await Promise.all([
    recoveryTime(api.base, RECOVERY_MS),
    listenerBack(outage.connectionString, RECOVERY_MS),
  ])
  const answers = await load.stop()
  const dishonest = answers.filter((answer) => !isHonest(answer))
  const slowest = Math.max(...answers.map((answer) => answer.ms))
  console.log(
    `answers: ${summarise(answers)}; back to normal in ${Math.round(recovered)} ms, live updates in ${Math.round(listening)} ms`,
  )
  expect(dishonest, summarise(dishonest)).toEqual([])
  expect(answers.filter((answer) => answer.status === 503).length).toBeGreaterThan(0)
  expect(slowest).toBeLessThan(HANG_MS)
  expect(
    probed.health.every((status) => status === 200),
    `health: ${probed.health.join(' ')}`,
  ).toBe(true)
  expect(
    probed.ready.every((status) => status === 503),
    `ready: ${probed.ready.join(' ')}`,
  ).toBe(true)
  expect(recovered).toBeLessThanOrEqual(RECOVERY_MS)
  // On a server the API hears other processes' changes through LISTEN: that connection is back too.
  expect(listening).toBeLessThanOrEqual(RECOVERY_MS)
  return { answers, slowest }
}

describe('the database server stopped or frozen under light load', () => {
  let server: ServerPostgis
  let api: ApiProcess

  beforeAll(async () => {
    server = await startServerPostgis()
    await prepareTestDatabase(server.connectionString)
    api = await startApi({ ...API_ENV, DATABASE_URL: server.connectionString }, 120_000)
  })
  afterAll(async () => {
    await api?.stop()
    await server?.stop()
  })

  it('stopped 10 s: 2xx or 503 + Retry-After, /health 200, /ready 503, back within 5 s', async () => {
    await underOutage(api, {
      connectionString: server.connectionString,
      start: () => server.pause(),
      end: () => server.resume(),
    })
  })

  it('frozen 10 s (SIGSTOP, postmaster and backends): the same, every answer bounded', async () => {
    let frozen: number[] = []
    const { slowest } = await underOutage(api, {
      connectionString: server.connectionString,
      async start() {
        frozen = await clusterProcesses(await server.postmasterPid())
        signalAll(frozen, 'SIGSTOP')
      },
      async end() {
        signalAll(frozen, 'SIGCONT')
      },
    })
    console.log(`slowest answer while frozen: ${Math.round(slowest)} ms (deadline ${REQUEST_TIMEOUT_MS} ms)`)
  })
})
