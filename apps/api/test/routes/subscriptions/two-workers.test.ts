import { SubscriptionCreatedSchema } from '@heritage-watch/shared'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { createTestPool, type TestApp } from '../../helpers/test-app.ts'
import { createAlert } from '../alerts/alert-fixtures.ts'
import { eventually, startWebhookReceiver } from './notification-sinks.ts'

// Two API processes' notification workers on one PostgreSQL server (issue 12, docs/scaling.md): each
// delivery must be sent once. Server only: the embedded database is one process by design.
// Synthetic accounts and alerts (test fixtures); the terril is a real feature of the loaded data.
const onServer = inject('databaseKind') === 'server'

const instances: { app: TestApp; pool: pg.Pool }[] = []
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
beforeAll(async () => {
  if (!onServer) return
  receiver = await startWebhookReceiver(0)
  for (let index = 0; index < 2; index++) {
    const pool = createTestPool()
    const app = await buildApp({
      pool,
      config: {
        WEB_DIST_DIR: '/nonexistent-web-dist',
        LOG_LEVEL: 'silent',
        PUBLIC_URL: undefined,
        NOTIFY_WORKER: true,
        // Both turn as fast as allowed, so that they reach for the same rows.
        NOTIFY_INTERVAL_MS: 20,
        WEBHOOK_ALLOW_LOOPBACK_HTTP: true,
      },
      logger: false,
    })
    await app.ready()
    instances.push({ app, pool })
  }
})
// Registered before useAccounts: hooks run in reverse, so the accounts' cleanup runs before the pools close.
afterAll(async () => {
  for (const { app, pool } of instances) {
    await app.close()
    await pool.end()
  }
  await receiver?.close()
})
const first = {} as { app: TestApp; pool: pg.Pool }
beforeAll(() => void Object.assign(first, instances[0]))
const accounts = onServer ? useAccounts(first) : undefined

describe.skipIf(!onServer)('two notification workers on one database', () => {
  it('send each delivery once, whichever worker takes it', async () => {
    const [one, two] = instances as [(typeof instances)[0], (typeof instances)[0]]
    const reporter = await accounts!.session('partner')
    const { rows } = await one.pool.query<{ id: string }>(
      'SELECT id FROM terril ORDER BY id LIMIT 1 OFFSET 7',
    )
    const terril = rows[0]!.id
    const subscriptions: string[] = []
    for (let index = 0; index < 3; index++) {
      const response = await one.app.inject({
        method: 'POST',
        url: '/subscriptions',
        headers: reporter.headers,
        payload: {
          target: { kind: 'feature', collection: 'terrils', featureId: terril },
          frequency: 'immediate',
          email: false,
          webhookUrl: receiver.url(`/two-workers-${reporter.user.id}-${index}`),
        },
      })
      expect(response.statusCode, response.body).toBe(201)
      subscriptions.push(SubscriptionCreatedSchema.parse(response.json()).id)
    }
    for (let index = 0; index < 6; index++) {
      await createAlert(index % 2 ? two.app : one.app, reporter, {
        features: [{ collection: 'terrils', id: terril }],
      })
    }
    const deliveries = async () =>
      (
        await one.pool.query<{ id: string; status: string; attempts: number }>(
          'SELECT id, status, attempts FROM notification_delivery WHERE subscription_id = ANY($1::uuid[])',
          [subscriptions],
        )
      ).rows
    // Every subscription told of the six alerts (in one or several notifications), all delivered.
    await eventually(async () => {
      const list = await deliveries()
      const told = await one.pool.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM subscription_item WHERE subscription_id = ANY($1::uuid[])`,
        [subscriptions],
      )
      return told.rows[0]!.count >= 18 && list.length > 0 && list.every((row) => row.status === 'delivered')
    }, 'every delivery')
    // Give a duplicate, if any, the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const sent = (await deliveries()).map((row) => row.id).sort()
    const received = receiver.requests
      .filter((request) => request.path.startsWith(`/two-workers-${reporter.user.id}-`))
      .map((request) => String(request.headers['x-heritagewatch-delivery']))
      .sort()
    expect(received).toEqual(sent)
    expect((await deliveries()).every((row) => row.attempts === 1)).toBe(true)
  })
})
