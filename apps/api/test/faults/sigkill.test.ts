import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { type ApiProcess, startApi } from '../../bench/api-process.ts'
import { repositoryRoot } from '../../src/config.ts'
import { startServerPostgis } from '../setup/server-postgis.ts'
import { type ApiAddress, type KeyedClient, loginClient } from './keyed-client.ts'
import { emptyAcknowledged, verify, writeUntilStopped } from './mixed-writes.ts'

// Issue 13 §2, §5: the API is SIGKILLed 10 times while clients write and retry with their
// Idempotency-Key until acknowledged; every acknowledged write must then be there exactly once.

const KILLS = 10
const CLIENTS = 3
const RESTART_TARGET_MS = 10_000
/** A first start loads the data (a minute), then ten kills and restarts: minutes on a busy machine. */
const SCENARIO_TIMEOUT_MS = 900_000
const PASSWORD = 'fault suite password 13'
const run = promisify(execFile)
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined)
})

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const log = (line: string) => console.log(`[sigkill] ${line}`)

/** An officer account made with `npm run user:create` on the database `env` points at. */
async function createOfficer(env: Record<string, string>, email: string) {
  const script = path.join(repositoryRoot, 'apps/api/src/cli/create-user.ts')
  const args = ['--import', 'tsx', script, '--role', 'officer', '--email', email, '--name', 'Fault suite']
  await run(process.execPath, args, {
    cwd: repositoryRoot,
    env: { ...process.env, ...env, HW_PASSWORD: PASSWORD },
  })
}

/** SIGKILL, then a new API on the same database; returns it and the milliseconds from kill to answer. */
async function killAndRestart(api: ApiProcess, env: Record<string, string>) {
  const killedAt = performance.now()
  process.kill(api.pid, 'SIGKILL')
  await api.stop()
  const next = await startApi(env, 60_000)
  return { api: next, restartMs: performance.now() - killedAt }
}

async function scenario(kind: string, env: Record<string, string>) {
  const tag = `sigkill-${kind}-${Date.now()}`
  const email = `${tag}@fault.test.invalid`
  await createOfficer(env, email)
  const first = await startApi(env)
  log(`${kind}: first start (data load) in ${(first.startMs / 1000).toFixed(1)} s`)
  const state = { api: first, stopped: false, verifying: false }
  const address: ApiAddress = { base: first.base }
  const clients: KeyedClient[] = []
  try {
    for (let n = 0; n < CLIENTS; n++) clients.push(await loginClient(address, email, PASSWORD))
    await killDuringWrites(kind, env, tag, clients, address, state)
  } finally {
    // On a failure too: the writers end, and no API process outlives the test.
    state.stopped = true
    for (const client of clients) client.close()
    await state.api.stop()
  }
}

async function killDuringWrites(
  kind: string,
  env: Record<string, string>,
  tag: string,
  clients: KeyedClient[],
  address: ApiAddress,
  state: { api: ApiProcess; stopped: boolean; verifying: boolean },
) {
  const acknowledged = emptyAcknowledged()
  const writers = clients.map((client, n) =>
    writeUntilStopped(
      client,
      `${tag} c${n}`,
      acknowledged,
      () => state.stopped,
      () => state.verifying,
    ),
  )
  // A writer that fails ends the test with its error rather than after the kills.
  const failed = Promise.race(writers).then(() => undefined)
  for (const writer of writers) writer.catch(() => undefined)
  const restarts: number[] = []
  for (let kill = 1; kill <= KILLS; kill++) {
    await Promise.race([pause(1500 + Math.random() * 1500), failed])
    const restarted = await killAndRestart(state.api, env)
    state.api = restarted.api
    address.base = restarted.api.base
    restarts.push(restarted.restartMs)
    state.verifying = true
    const problems = await verify(clients[0]!, tag, acknowledged, false)
    state.verifying = false
    log(
      `${kind}: kill ${kill}/${KILLS}, back in ${(restarted.restartMs / 1000).toFixed(1)} s; ` +
        `${acknowledged.alerts.size} alerts, ${acknowledged.assessments.size} constats acknowledged; ` +
        `${problems.length} problems`,
    )
    expect(problems).toEqual([])
  }
  state.stopped = true
  await Promise.all(writers)
  const problems = await verify(clients[0]!, tag, acknowledged, true)
  const retries = clients.reduce((sum, client) => sum + client.retries, 0)
  log(
    `${kind}: ${acknowledged.alerts.size} alerts (each 2 comments, 2 status changes, 1 photo), ` +
      `${acknowledged.assessments.size} constats, ${retries} retries; restarts ` +
      `${restarts.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s`,
  )
  expect(problems).toEqual([])
  // Last, so that a slow machine still reports the writes' verdict first.
  expect(Math.max(...restarts), 'slowest restart after SIGKILL (ms)').toBeLessThanOrEqual(RESTART_TARGET_MS)
}

describe('SIGKILL during mixed writes (issue 13 §2, §5)', () => {
  it(
    'embedded database: 0 lost, 0 duplicated, restarts within 10 s',
    async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'hw-sigkill-'))
      cleanups.push(() => rm(dir, { recursive: true, force: true }))
      await scenario('embedded', { PGLITE_DATA_DIR: path.join(dir, 'pglite'), RESPONSE_CACHE: 'off' })
    },
    SCENARIO_TIMEOUT_MS,
  )

  it(
    'server database: 0 lost, 0 duplicated, restarts within 10 s',
    async () => {
      const server = await startServerPostgis()
      cleanups.push(() => server.stop())
      await scenario('server', { DATABASE_URL: server.connectionString, RESPONSE_CACHE: 'off' })
    },
    SCENARIO_TIMEOUT_MS,
  )
})
