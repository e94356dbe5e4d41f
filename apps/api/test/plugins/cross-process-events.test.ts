import path from 'node:path'
import { AlertSchema, LoginResponseSchema } from '@heritage-watch/shared'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SESSION_COOKIE } from '../../src/auth/session-cookie.ts'
import { inTransaction } from '../../src/db/pool.ts'
import { LISTENER_APPLICATION_NAME } from '../../src/db/notify-listener.ts'
import { sendNotification } from '../../src/db/notify-sender.ts'
import { CHANNELS, listenSql } from '../../src/db/sql/notify.sql.ts'
import { repositoryRoot } from '../../src/config.ts'
import { loadData } from '../../src/data-load/load-data.ts'
import { type Session, TEST_PASSWORD, useAccounts } from '../auth/accounts-fixtures.ts'
import { createTestApp, createTestPool, type TestApp } from '../helpers/test-app.ts'
import { type RoundRobinProxy, startRoundRobinProxy } from '../helpers/round-robin-proxy.ts'
import { TERRIL_74A_ALERT } from '../routes/alerts/alert-fixtures.ts'
import { openStream, type TestStream } from '../routes/alerts/sse-client.ts'
import { decodeLayer, slippyTile } from '../routes/tiles/decode-tile.ts'

// Two API instances on one PostgreSQL server behind a round-robin proxy (issue 12, "beyond one machine").
// The embedded database is one process by design: pglite-socket multiplexes every connection onto a
// single PGlite session, so a LISTEN there cannot be told apart from the pool's queries.
const onServer = inject('databaseKind') === 'server'

// Long enough that only a data_changed notification can explain a fresh version within a test.
const DATA_VERSION_TRUSTED_MS = 10 * 60_000

interface Instance {
  pool: pg.Pool
  app: TestApp
  url: string
}

async function startInstance(): Promise<Instance> {
  const pool = createTestPool()
  const app = await createTestApp(pool, { dataVersionMaxAgeMs: DATA_VERSION_TRUSTED_MS })
  return { pool, app, url: await app.listen({ host: '127.0.0.1', port: 0 }) }
}

const instances: Instance[] = []
const streams: TestStream[] = []
let proxy: RoundRobinProxy
// The accounts are made and cleaned up on the first instance's pool (server runs only).
const first = {} as { app: TestApp; pool: pg.Pool }
beforeAll(async () => {
  if (!onServer) return
  instances.push(await startInstance(), await startInstance())
  Object.assign(first, instances[0])
  proxy = await startRoundRobinProxy(instances.map((instance) => instance.url))
})
// Registered before useAccounts: hooks run in reverse, so the accounts' cleanup runs before the pools close.
afterAll(async () => {
  for (const stream of streams) stream.close()
  await proxy?.close()
  for (const instance of instances) {
    await instance.app.close()
    await instance.pool.end()
  }
})
const accounts = onServer ? useAccounts(first) : undefined
const partnerAndOfficer = async () => {
  const partner = await accounts!.account('partner')
  const officer = await accounts!.account('officer')
  return { partner: partner.email, officer: officer.email }
}

/** Logs in with fetch through `baseUrl`, keeping the cookie and CSRF token as the browser would. */
async function login(baseUrl: string, email: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  expect(response.status).toBe(200)
  const body = LoginResponseSchema.parse(await response.json())
  const value = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`))
  const cookie = value!.split(';')[0]!
  return {
    user: body.user,
    email,
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  }
}

async function createAlertAt(baseUrl: string, session: Session, title: string) {
  const response = await fetch(`${baseUrl}/alerts`, {
    method: 'POST',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ ...TERRIL_74A_ALERT, title }),
  })
  expect(response.status, await response.clone().text()).toBe(201)
  return AlertSchema.parse(await response.json())
}

describe.skipIf(!onServer)(
  'two API instances on one PostgreSQL server (embedded: one process by design)',
  () => {
    it('accepts a session made through the proxy on both instances, reads and CSRF-checked writes', async () => {
      const { email } = await accounts!.account('partner')
      proxy.served.length = 0
      const session = await login(proxy.url, email)
      const answers = []
      for (let turn = 0; turn < 4; turn++) {
        answers.push((await fetch(`${proxy.url}/auth/me`, { headers: { cookie: session.cookie } })).status)
      }
      expect(answers).toEqual([200, 200, 200, 200])
      // Login and the four reads alternated: each instance authenticated a session made by the first.
      expect(new Set(proxy.served.slice(1)).size).toBe(2)
      for (const instance of instances) {
        const me = await fetch(`${instance.url}/auth/me`, { headers: { cookie: session.cookie } })
        expect(me.status).toBe(200)
        await createAlertAt(instance.url, session, `Écrit sur chaque instance (test)`)
        const forged = await fetch(`${instance.url}/alerts`, {
          method: 'POST',
          headers: { cookie: session.cookie, 'x-csrf-token': 'forged', 'content-type': 'application/json' },
          body: JSON.stringify(TERRIL_74A_ALERT),
        })
        expect(forged.status).toBe(403)
      }
    })

    it('streams to instance 2 an alert created on instance 1, and serves it in its next page', async () => {
      const [one, two] = instances as [Instance, Instance]
      const emails = await partnerAndOfficer()
      const session = await login(one.url, emails.partner)
      const officer = await login(two.url, emails.officer)
      const stream = await openStream(`${two.url}/alerts/stream`, { cookie: session.cookie })
      streams.push(stream)
      expect(stream.status).toBe(200)
      const pageAtTwo = async () => {
        const response = await fetch(`${two.url}/collections/alertes/items?limit=10000`, {
          headers: { cookie: session.cookie },
        })
        expect(response.status).toBe(200)
        return ((await response.json()) as { features: { id: string }[] }).features.map(
          (feature) => feature.id,
        )
      }
      await pageAtTwo()
      const alert = await createAlertAt(one.url, session, 'Créée sur l’instance 1 (test)')
      await stream.waitFor((message) => message.alertId === alert.id && message.kind === 'created')
      expect(await pageAtTwo()).toContain(alert.id)

      const moved = await fetch(`${one.url}/alerts/${alert.id}/status`, {
        method: 'POST',
        headers: { ...officer.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ status: 'prise_en_compte' }),
      })
      expect(moved.status).toBe(200)
      await stream.waitFor((message) => message.alertId === alert.id && message.status === 'prise_en_compte')
      const single = await fetch(`${two.url}/collections/alertes/items/${alert.id}`, {
        headers: { cookie: session.cookie },
      })
      expect(((await single.json()) as { properties: { status: string } }).properties.status).toBe(
        'prise_en_compte',
      )
    })

    it('serves a fresh tile on instance 2 once a data load on the same server says data_changed', async () => {
      const two = instances[1]!
      const { rows } = await two.pool.query<{ id: string; nom: string; lon: number; lat: number }>(
        `SELECT id, nom, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM major_site ORDER BY id LIMIT 1`,
      )
      const site = rows[0]!
      const { z, x, y } = slippyTile(site.lon, site.lat, 14)
      const namesAtTwo = async () => {
        const response = await fetch(`${two.url}/tiles/grands-sites/${z}/${x}/${y}`)
        const tile = new Uint8Array(await response.arrayBuffer())
        return (decodeLayer(tile, 'grands-sites') ?? [])
          .filter((feature) => String(feature.properties.id) === site.id)
          .map((feature) => feature.properties.nom)
      }
      expect(await namesAtTwo()).toEqual([site.nom])
      // Synthetic test value, written as a data load would (a data_load row), then put back as found.
      const renamed = `${site.nom} (test multi-instance)`
      const rename = async (nom: string, announce: boolean) => {
        await inTransaction(two.pool, async (client) => {
          await client.query('UPDATE major_site SET nom = $2 WHERE id = $1', [site.id, nom])
          await client.query(
            `INSERT INTO data_load (source_digest, summary) VALUES ('multi-instance test', '{}')`,
          )
          if (announce) await sendNotification(client, CHANNELS.dataChanged, 'multi-instance test')
        })
      }
      try {
        // Unannounced, the change stays unseen while the version is trusted: the notification is the cause.
        await rename(renamed, false)
        expect(await namesAtTwo()).toEqual([site.nom])
        await rename(renamed, true)
        await expect.poll(namesAtTwo, { timeout: 5_000 }).toEqual([renamed])
      } finally {
        await rename(site.nom, true)
        await two.pool.query(`DELETE FROM data_load WHERE source_digest = 'multi-instance test'`)
      }
      await expect.poll(namesAtTwo, { timeout: 5_000 }).toEqual([site.nom])
    })

    it('is told data_changed by a data load when it commits, never by one rolled back', async () => {
      const two = instances[1]!
      const heard: string[] = []
      const listener = await two.pool.connect()
      listener.on('notification', (message) => heard.push(message.payload ?? ''))
      await listener.query(listenSql(CHANNELS.dataChanged))
      try {
        const dataDir = path.join(repositoryRoot, 'data')
        const rolledBack = inTransaction(two.pool, async (client) => {
          await loadData(client, { dataDir, force: true })
          throw new Error('rolled back on purpose')
        })
        await expect(rolledBack).rejects.toThrow('rolled back on purpose')
        await listener.query('SELECT 1')
        expect(heard).toEqual([])
        const summary = await inTransaction(two.pool, (client) => loadData(client, { dataDir, force: true }))
        await expect.poll(() => heard, { timeout: 5_000 }).toEqual([summary.digest])
      } finally {
        await listener.query('UNLISTEN *')
        listener.release()
      }
    })

    it('listens again after its connection is cut, and still hears alerts', async () => {
      const [one, two] = instances as [Instance, Instance]
      const cut = await one.pool.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [LISTENER_APPLICATION_NAME],
      )
      expect(cut.rowCount).toBeGreaterThanOrEqual(2)
      const listening = async () =>
        Number(
          (
            await one.pool.query<{ count: number }>(
              'SELECT count(*) FROM pg_stat_activity WHERE application_name = $1',
              [LISTENER_APPLICATION_NAME],
            )
          ).rows[0]?.count,
        )
      await expect.poll(listening, { timeout: 10_000 }).toBeGreaterThanOrEqual(2)
      const session = await login(two.url, (await accounts!.account('partner')).email)
      const stream = await openStream(`${one.url}/alerts/stream`, { cookie: session.cookie })
      streams.push(stream)
      const alert = await createAlertAt(two.url, session, 'Après la reconnexion (test)')
      await stream.waitFor((message) => message.alertId === alert.id)
    })
  },
)
