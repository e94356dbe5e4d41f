import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { useAccounts } from '../auth/accounts-fixtures.ts'
import type pg from 'pg'
import { buildApp } from '../../src/app.ts'
import { startStubGeocoder, type StubGeocoder } from '../helpers/stub-geocoder.ts'
import { createTestPool, type TestApp } from '../helpers/test-app.ts'
import { createFingerprinter, differences, type Fingerprint } from './database-fingerprint.ts'
import { createActors, createMarkupAlerts, readKnownValues } from './fuzz-actors.ts'
import { listOperations, type Operation } from './openapi-operations.ts'
import { type FuzzRequest, type KnownValues, requestFor } from './request-arbitraries.ts'
import { answerFault, sendRequest } from './send-request.ts'

// Issue 13 §6: generated requests against every operation of the OpenAPI document, as anonymous,
// partner, officer and admin. Properties: no 5xx; every 4xx is problem+json naming the problem; a
// refused request leaves every table as it was (database-fingerprint.ts says how that is checked).
//
// Each run draws FUZZ_RUNS cases (2,500 by default) from a fixed seed, then as many from a new seed
// printed at the start. To replay a failure, run with the seed printed in the log:
//   FUZZ_SEED=<seed> npm run test:fuzz -- --project fuzz-embedded
// (FUZZ_RUNS=<n> shortens the run). A failure lists each faulty request whole, so one may also be
// replayed by hand with app.inject or curl.

const FIXED_SEED = 20_261_207
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_500)
const NEW_SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
/** The most faults a failure lists (the first of each operation and kind). */
const REPORTED = 40

// The app as the integration tests build it, with the address service stood in on loopback: without
// one, /geocode/reverse rightly answers 503, and the fuzzer would report that instead of fuzzing it.
const server = {} as { app: TestApp; pool: pg.Pool; geocoder: StubGeocoder }
beforeAll(async () => {
  server.pool = createTestPool()
  server.geocoder = await startStubGeocoder()
  server.app = await buildApp({
    pool: server.pool,
    config: {
      PUBLIC_URL: undefined,
      WEB_DIST_DIR: '/nonexistent-web-dist',
      LOG_LEVEL: 'silent',
      GEOCODER_URL: server.geocoder.url,
    },
    logger: false,
    liveEvents: inject('databaseKind') === 'server' ? 'notify' : 'in-process',
  })
})
afterAll(async () => {
  await server.app.close()
  await server.geocoder.close()
  await server.pool.end()
})
const fixtures = useAccounts(server)
let operations: Operation[] = []
let known: KnownValues
let actors: Awaited<ReturnType<typeof createActors>>
let fingerprinter: ReturnType<typeof createFingerprinter>
let state: Fingerprint
/** How the run went, printed at the end: answers by status, operations that answered 2xx at least once. */
const statuses = new Map<number, number>()
const answered = new Set<string>()

beforeAll(async () => {
  const document: unknown = (await server.app.inject({ url: '/api' })).json()
  operations = listOperations(document)
  actors = await createActors(server.app, fixtures)
  await createMarkupAlerts(server.app, await fixtures.session('partner'))
  const collections = [
    ...new Set(
      operations.flatMap((operation) => /^\/collections\/([^/{]+)\/items$/.exec(operation.path)?.[1] ?? []),
    ),
  ]
  known = await readKnownValues(server.app, server.pool, collections)
  fingerprinter = createFingerprinter(server.pool)
  state = await fingerprinter.fingerprint()
})

const described = (request: FuzzRequest) =>
  JSON.stringify({
    ...request,
    payload: request.payload === undefined ? undefined : String(request.payload).slice(0, 400),
  })

/** Sends one request, checks the answer and the database, and returns what is wrong (or nothing). */
async function check(request: FuzzRequest): Promise<string | undefined> {
  const before = await fingerprinter.nextTransactionId()
  let answer
  try {
    answer = await sendRequest(server.app, request, actors.headersFor(request.role, request.credentials))
  } catch (error) {
    return `the request failed: ${String(error)}`
  }
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
  if (answer.status < 300) answered.add(request.operation)
  await actors.renewAfter(request, answer.status)
  const fault = answerFault(answer)
  if (fault) return fault
  if ((await fingerprinter.nextTransactionId()) === before) return undefined
  const now = await fingerprinter.fingerprint()
  const changed = differences(state, now)
  state = now
  if (answer.status >= 400 && changed.length > 0)
    return `refused with ${answer.status} but wrote ${changed.join('; ')}`
  return undefined
}

async function fuzz(seed: number) {
  const faults = new Map<string, string>()
  let cases = 0
  const property = fc.asyncProperty(
    fc.oneof(...operations.map((operation) => requestFor(operation, known))),
    async (request) => {
      cases += 1
      const fault = await check(request)
      const kind = `${request.operation} ${fault?.slice(0, 40)}`
      if (fault && !faults.has(kind)) faults.set(kind, `${fault}\n    ${described(request)}`)
    },
  )
  await fc.assert(property, { seed, numRuns: RUNS, endOnFailure: true })
  return { cases, faults: [...faults.values()].slice(0, REPORTED) }
}

describe(`fuzzing every route (${inject('databaseKind')} database)`, () => {
  afterAll(() => {
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`)
    console.info(
      `fuzz answers: ${byStatus.join(' ')}; ${answered.size}/${operations.length} operations answered 2xx`,
    )
    console.info(
      `fuzz operations never answered 2xx: ${operations
        .map((o) => `${o.method} ${o.path}`)
        .filter((o) => !answered.has(o))
        .join(', ')}`,
    )
  })
  afterAll(() =>
    console.info(`fuzz seeds: fixed ${FIXED_SEED}, new ${NEW_SEED} (replay: FUZZ_SEED=${NEW_SEED})`),
  )

  it('reads at least 150 operations from the OpenAPI document, writes included', () => {
    expect(operations.length).toBeGreaterThanOrEqual(150)
    expect(operations.filter((operation) => operation.method !== 'GET').length).toBeGreaterThan(25)
  })

  it('sees a write through its sentinel and its fingerprint', async () => {
    const alertId = known('/alerts/{id}', 'id')[0]
    const before = await fingerprinter.nextTransactionId()
    const answer = await server.app.inject({
      method: 'POST',
      url: `/alerts/${alertId}/comments`,
      headers: actors.headersFor('officer', 'session'),
      payload: { body: 'Commentaire de test du fuzzer (synthétique)' },
    })
    expect(answer.statusCode, answer.body).toBe(200)
    expect(await fingerprinter.nextTransactionId()).not.toBe(before)
    const now = await fingerprinter.fingerprint()
    expect(differences(state, now).some((line) => line.startsWith('alert_event:'))).toBe(true)
    state = now
  })

  it.each([
    ['fixed', FIXED_SEED],
    ['new', NEW_SEED],
  ])(
    `answers ${RUNS} requests from the %s seed (%i) without a 5xx, a bare 4xx or a refused write`,
    async (_, seed) => {
      console.info(`fuzz seed ${seed}: replay with FUZZ_SEED=${seed}`)
      const { cases, faults } = await fuzz(seed)
      expect(cases).toBe(RUNS)
      expect(faults).toEqual([])
    },
  )
})
