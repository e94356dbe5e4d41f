import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { ApiTokenCreatedSchema, ApiTokenListSchema, MEDIA_TYPES } from '@heritage-watch/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ApiProcess, startApi } from '../../bench/api-process.ts'
import { STOPPING_COMMENT } from '../../src/routes/alerts/stream.ts'
import { prepareTestDatabase } from '../setup/load-test-database.ts'
import { type ServerPostgis, startServerPostgis } from '../setup/server-postgis.ts'
import { createOfficer, type FaultSession, login, openAlertStream } from './helpers/account.ts'
import { type Answer, startLightLoad, summarise } from './helpers/light-load.ts'

// Issue 13 §3 and §5: SIGTERM under load, on both databases. The process must exit 0 within its bound,
// answer every request it had taken in full, end the live stream cleanly (with its last word), close
// the database (embedded: the data directory reopens at once) and lose no write it acknowledged.

const GRACE_MS = 10_000
/** server.ts: the grace for running requests, then 5 s to close the database. */
const EXIT_BOUND_MS = GRACE_MS + 5_000
const READS = ['/collections', '/collections/terrils/items?limit=20', '/search?q=Lievin', '/alerts']
/** Requests that take a while: some are still running (or queued) when SIGTERM comes. */
const SLOW = [
  '/collections/communes/items?limit=5000',
  '/collections/terrils/items?f=csv',
  '/collections/bassin-minier/items?limit=5000',
]

interface Acknowledged {
  ids: string[]
  answers: Answer[]
}

/** Creates API tokens one after the other until stopped: each 201 is a write the API acknowledged. */
function startWriter(base: string, session: FaultSession) {
  const acknowledged: Acknowledged = { ids: [], answers: [] }
  let running = true
  let count = 0
  const loop = (async () => {
    while (running) {
      const started = performance.now()
      try {
        const response = await fetch(`${base}/auth/tokens`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: session.cookie,
            'x-csrf-token': session.csrfToken,
          },
          body: JSON.stringify({ name: `fault suite ${(count += 1)}` }),
        })
        const body: unknown = await response.json()
        if (response.status === 201) acknowledged.ids.push(ApiTokenCreatedSchema.parse(body).id)
        acknowledged.answers.push({
          url: 'POST /auth/tokens',
          sentAt: started,
          ms: performance.now() - started,
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          contentType: response.headers.get('content-type'),
        })
      } catch {
        // The process is gone: nothing more to write.
        running = false
      }
    }
  })()
  return {
    acknowledged,
    async stop() {
      running = false
      await loop
      return acknowledged
    },
  }
}

/** The answer of one slow request: complete (its body read to the end) or not. */
async function slowRequest(base: string, url: string, session: FaultSession) {
  const started = performance.now()
  try {
    const response = await fetch(`${base}${url}`, { headers: { cookie: session.cookie } })
    const bytes = (await response.arrayBuffer()).byteLength
    return { url, status: response.status, bytes, ms: performance.now() - started }
  } catch (error) {
    return { url, status: 'error' as const, bytes: 0, ms: performance.now() - started, error: String(error) }
  }
}

/** SIGTERM under load, then the checks; `restart` starts the API again on the same database. */
async function stopUnderLoad(api: ApiProcess, email: string, restart: () => Promise<ApiProcess>) {
  const session = await login(api.base, email)
  const stream = await openAlertStream(api.base, session)
  const load = startLightLoad(api.base, READS, {
    concurrency: 3,
    timeoutMs: EXIT_BOUND_MS,
    pauseMs: 20,
    headers: { cookie: session.cookie },
  })
  const writer = startWriter(api.base, session)
  // Long enough for the embedded database (one connection) to acknowledge a few writes.
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  const slow = SLOW.map((url) => slowRequest(api.base, url, session))
  await new Promise((resolve) => setTimeout(resolve, 100))
  const signalledAt = load.now()
  const stopStarted = performance.now()
  process.kill(api.pid, 'SIGTERM')
  const exit = await api.exited
  const stopMs = performance.now() - stopStarted
  const [slowAnswers, answers, acknowledged, streamEnd] = await Promise.all([
    Promise.all(slow),
    load.stop(),
    writer.stop(),
    stream.ended,
  ])
  console.log(
    `exit ${exit.code} in ${Math.round(stopMs)} ms; reads ${summarise(answers)}; writes acknowledged ${acknowledged.ids.length}; slow ${slowAnswers.map((answer) => `${answer.status} ${answer.bytes} B ${Math.round(answer.ms)} ms`).join(', ')}`,
  )
  expect(exit, api.output()).toEqual({ code: 0, signal: null })
  expect(stopMs).toBeLessThan(EXIT_BOUND_MS)
  // Taken before SIGTERM: answered in full, whether it was running or waiting for a place.
  for (const answer of slowAnswers) expect(answer, JSON.stringify(answer)).toMatchObject({ status: 200 })
  expect(
    slowAnswers.some((answer) => answer.ms > 100),
    'no slow request was running at SIGTERM',
  ).toBe(true)
  // Sent well before SIGTERM: a complete answer. Around and after it: an honest 503, or no connection.
  for (const answer of [...answers, ...acknowledged.answers]) {
    if (answer.status === 'error') {
      expect(answer.sentAt, JSON.stringify(answer)).toBeGreaterThan(signalledAt - 50)
      continue
    }
    if (answer.status >= 500) {
      expect(answer.status, JSON.stringify(answer)).toBe(503)
      expect(Number(answer.retryAfter)).toBeGreaterThan(0)
      expect(answer.contentType).toContain(MEDIA_TYPES.problem)
    }
  }
  expect(streamEnd).toEqual({ clean: true })
  expect(stream.text()).toContain(`: ${STOPPING_COMMENT}`)

  // The database was closed properly: it opens again at once, with every write it acknowledged.
  const restarted = await restart()
  try {
    console.log(`restarted in ${Math.round(restarted.startMs)} ms`)
    const again = await login(restarted.base, email)
    const response = await fetch(`${restarted.base}/auth/tokens`, { headers: { cookie: again.cookie } })
    const stored = new Set(ApiTokenListSchema.parse(await response.json()).tokens.map((token) => token.id))
    expect(acknowledged.ids.length).toBeGreaterThan(0)
    expect(acknowledged.ids.filter((id) => !stored.has(id))).toEqual([])
  } finally {
    await restarted.stop()
  }
}

const STOP_ENV = { SHUTDOWN_GRACE_MS: String(GRACE_MS), LOG_LEVEL: 'info' }

describe('SIGTERM under load', () => {
  describe('on a PostgreSQL server', () => {
    let server: ServerPostgis
    let api: ApiProcess | undefined
    const email = 'officer-stop@fault-suite.test.invalid'
    beforeAll(async () => {
      server = await startServerPostgis()
      await prepareTestDatabase(server.connectionString)
      await createOfficer({ DATABASE_URL: server.connectionString }, email)
      api = await startApi({ ...STOP_ENV, DATABASE_URL: server.connectionString }, 120_000)
    })
    afterAll(async () => {
      await api?.stop()
      await server?.stop()
    })

    it('exits 0 within its bound, answers what it took, ends the stream, loses nothing', async () => {
      await stopUnderLoad(api!, email, () =>
        startApi({ ...STOP_ENV, DATABASE_URL: server.connectionString }, 120_000),
      )
    })
  })

  describe('on the embedded database', () => {
    let dataDir: string
    let api: ApiProcess | undefined
    const email = 'officer-stop@fault-suite.test.invalid'
    beforeAll(async () => {
      dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'heritage-watch-stop-')), 'pglite')
      await createOfficer({ PGLITE_DATA_DIR: dataDir }, email)
      // The first start loads data/ into the new database: minutes on a busy 2-core machine.
      api = await startApi({ ...STOP_ENV, PGLITE_DATA_DIR: dataDir }, 280_000)
    })
    afterAll(async () => {
      await api?.stop()
      await rm(path.dirname(dataDir), { recursive: true, force: true })
    })

    it('exits 0, closes the database, and the data directory reopens at once with nothing lost', async () => {
      await stopUnderLoad(api!, email, () => startApi({ ...STOP_ENV, PGLITE_DATA_DIR: dataDir }, 120_000))
    })
  })
})
