import { createHmac } from 'node:crypto'
import {
  DeliveryListSchema,
  SubscriptionCreatedSchema,
  type SubscriptionCreateRequest,
  WebhookPayloadSchema,
} from '@heritage-watch/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { createTestPool, type TestApp } from '../../helpers/test-app.ts'
import { createAlert } from '../alerts/alert-fixtures.ts'
import { eventually, startSmtpSink, startWebhookReceiver } from './notification-sinks.ts'

// The notification worker end to end: alerts created through the API, mail read back from a real SMTP
// server on the loopback, webhooks from a real HTTP receiver that fails twice before it accepts.
// Synthetic accounts and alerts (test fixtures); the terrils are real features of the loaded data.

const server = {} as { app: TestApp; pool: ReturnType<typeof createTestPool> }
let smtp: Awaited<ReturnType<typeof startSmtpSink>>
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
const PUBLIC_URL = 'http://veille.test.invalid'

beforeAll(async () => {
  smtp = await startSmtpSink()
  receiver = await startWebhookReceiver(2)
  server.pool = createTestPool()
  server.app = await buildApp({
    pool: server.pool,
    config: {
      PUBLIC_URL,
      WEB_DIST_DIR: '/nonexistent-web-dist',
      LOG_LEVEL: 'silent',
      SMTP_URL: smtp.url,
      NOTIFY_WORKER: true,
      NOTIFY_INTERVAL_MS: 50,
      NOTIFY_RETRY_BASE_MS: 50,
      NOTIFY_MAX_ATTEMPTS: 5,
      WEBHOOK_ALLOW_LOOPBACK_HTTP: true,
    },
    logger: false,
  })
  await server.app.ready()
})
afterAll(async () => {
  await server.app.close()
  await server.pool.end()
  await smtp.close()
  await receiver.close()
})
const accounts = useAccounts(server)

async function subscribe(session: Session, body: SubscriptionCreateRequest) {
  const response = await server.app.inject({
    method: 'POST',
    url: '/subscriptions',
    headers: session.headers,
    payload: body,
  })
  expect(response.statusCode, response.body).toBe(201)
  return SubscriptionCreatedSchema.parse(response.json())
}

async function deliveries(session: Session, id: string) {
  const response = await server.app.inject({
    url: `/subscriptions/${id}/deliveries`,
    headers: { cookie: session.cookie },
  })
  expect(response.statusCode, response.body).toBe(200)
  return DeliveryListSchema.parse(response.json()).deliveries
}

/** Terrils of the real data, one per test, so that each test counts its own alerts. */
const TERRILS = { immediate: '', digest: '', webhook: '' }
beforeAll(async () => {
  const { rows } = await server.pool.query<{ id: string }>('SELECT id FROM terril ORDER BY id DESC LIMIT 3')
  ;[TERRILS.immediate, TERRILS.digest, TERRILS.webhook] = rows.map((row) => row.id) as [
    string,
    string,
    string,
  ]
})

describe('e-mail notifications', () => {
  it('tells the subscriber of a new alert, in French, and tells nothing to a partner who may not see it', async () => {
    const reporter = await accounts.session('partner')
    // Same organisation as the reporter: sees the alert. Another organisation: must not hear of it.
    const colleague = await accounts.session('partner', { organisationId: reporter.user.organisation!.id })
    const stranger = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const feature = { kind: 'feature', collection: 'terrils', featureId: TERRILS.immediate } as const
    await subscribe(colleague, { target: feature, frequency: 'immediate', email: true })
    const hidden = await subscribe(stranger, { target: feature, frequency: 'immediate', email: true })
    await subscribe(officer, {
      target: { kind: 'triage' },
      frequency: 'immediate',
      email: true,
      language: 'en',
    })

    const alert = await createAlert(server.app, reporter, {
      features: [{ collection: 'terrils', id: TERRILS.immediate }],
    })

    const [mail] = await eventually(
      () => smtp.to(colleague.email).length > 0 && smtp.to(colleague.email),
      'the mail',
    )
    expect(mail!.subject).toBe(`[Veille patrimoniale] Alerte ${alert.reference} : ${alert.title}`)
    expect(mail!.text).toContain(alert.title)
    expect(mail!.text).toContain('nouvelle alerte')
    expect(mail!.text).toContain(`${PUBLIC_URL}/app/#alerte=${alert.id}`)

    // The officer's triage notice, in English as asked.
    const [notice] = await eventually(
      () => smtp.to(officer.email).length > 0 && smtp.to(officer.email),
      'the triage notice',
    )
    expect(notice!.subject).toMatch(/^\[Heritage watch\] Alert A-\d{6}: /)
    expect(notice!.text).toContain('awaiting triage')
    expect(notice!.text).not.toMatch(/gravité|statut|Bonjour/)

    // Several more turns of the worker: still nothing for the stranger, nor any delivery logged.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(smtp.to(stranger.email)).toEqual([])
    expect(await deliveries(stranger, hidden.id)).toEqual([])
    expect(
      smtp.received.some(
        (received) => received.text.includes(alert.id) && received.to.includes(stranger.email),
      ),
    ).toBe(false)
  })

  it('groups a day’s alerts into one digest when it is due, and not before', async () => {
    const reporter = await accounts.session('partner')
    const follower = await accounts.session('partner', { organisationId: reporter.user.organisation!.id })
    const subscription = await subscribe(follower, {
      target: { kind: 'feature', collection: 'terrils', featureId: TERRILS.digest },
      frequency: 'daily',
      email: true,
    })
    expect(new Date(subscription.nextDigestAt!).getTime()).toBeGreaterThan(Date.now())
    const features = [{ collection: 'terrils', id: TERRILS.digest }]
    const first = await createAlert(server.app, reporter, { features, title: 'Premier constat du jour' })
    const second = await createAlert(server.app, reporter, { features, title: 'Second constat du jour' })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(smtp.to(follower.email)).toEqual([])

    // The day has passed: the digest is due.
    await server.pool.query(
      `UPDATE subscription SET next_digest_at = now() - interval '1 second' WHERE id = $1`,
      [subscription.id],
    )
    const mails = await eventually(
      () => smtp.to(follower.email).length > 0 && smtp.to(follower.email),
      'the digest',
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.to(follower.email)).toHaveLength(1)
    expect(mails[0]!.subject).toBe('[Veille patrimoniale] Résumé du jour : 2 changements d’alertes')
    expect(mails[0]!.text).toContain(first.title)
    expect(mails[0]!.text).toContain(second.title)
    const { rows } = await server.pool.query<{ next: Date }>(
      'SELECT next_digest_at AS next FROM subscription WHERE id = $1',
      [subscription.id],
    )
    expect(rows[0]!.next.getTime()).toBeGreaterThan(Date.now())
    const [delivery] = await deliveries(follower, subscription.id)
    expect(delivery).toMatchObject({ channel: 'email', status: 'delivered', events: 2 })
  })
})

describe('webhooks', () => {
  it('retries with backoff until the receiver accepts, logs the 3 attempts, and signs the payload', async () => {
    const reporter = await accounts.session('partner')
    const path = `/hook-${reporter.user.id}`
    const subscription = await subscribe(reporter, {
      target: { kind: 'feature', collection: 'terrils', featureId: TERRILS.webhook },
      frequency: 'immediate',
      email: false,
      webhookUrl: receiver.url(path),
      webhookSecret: 'a webhook secret of the test',
    })
    expect(subscription.webhookSecret).toBe('a webhook secret of the test')
    const alert = await createAlert(server.app, reporter, {
      features: [{ collection: 'terrils', id: TERRILS.webhook }],
    })

    const [delivery] = await eventually(async () => {
      const list = await deliveries(reporter, subscription.id)
      return list[0]?.status === 'delivered' && list
    }, 'the delivery')
    expect(delivery!.attempts.map(({ ok, httpStatus }) => [ok, httpStatus])).toEqual([
      [false, 500],
      [false, 500],
      [true, 204],
    ])
    // Exponential backoff: the second wait is longer than the first (50 ms, then 100 ms).
    const times = delivery!.attempts.map(({ at }) => new Date(at).getTime())
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(50)
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(100)

    const received = receiver.requests.filter((request) => request.path === path)
    expect(received.map((request) => request.answeredWith)).toEqual([500, 500, 204])
    for (const request of received) {
      const timestamp = request.headers['x-heritagewatch-timestamp'] as string
      const expected = createHmac('sha256', 'a webhook secret of the test')
        .update(`${timestamp}.${request.body}`)
        .digest('hex')
      expect(request.headers['x-heritagewatch-signature']).toBe(`sha256=${expected}`)
      expect(request.headers['x-heritagewatch-delivery']).toBe(delivery!.id)
    }
    const payload = WebhookPayloadSchema.parse(JSON.parse(received[2]!.body))
    expect(payload.events.map((event) => [event.kind, event.alert.id])).toEqual([['created', alert.id]])
    // A tampered body does not verify.
    const forged = createHmac('sha256', 'a webhook secret of the test')
      .update(
        `${received[2]!.headers['x-heritagewatch-timestamp']}.${received[2]!.body.replace('created', 'status')}`,
      )
      .digest('hex')
    expect(received[2]!.headers['x-heritagewatch-signature']).not.toBe(`sha256=${forged}`)
  })
})

describe('the SMTP check at start', () => {
  /** The log lines of an app started with this SMTP_URL (its worker turns once, then waits an hour). */
  async function startLog(smtpUrl: string | undefined): Promise<string[]> {
    const lines: string[] = []
    const app = await buildApp({
      pool: server.pool,
      config: {
        WEB_DIST_DIR: '/nonexistent-web-dist',
        LOG_LEVEL: 'info',
        SMTP_URL: smtpUrl,
        NOTIFY_WORKER: true,
        NOTIFY_INTERVAL_MS: 3_600_000,
      },
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(JSON.parse(line).msg) } },
    })
    await app.ready()
    await eventually(() => lines.some((line) => /^mail is /.test(line)), 'the mail check')
    await app.close()
    return lines
  }

  it('says plainly when mail is off, on, or broken', async () => {
    expect(await startLog(undefined)).toContain(
      'mail is off: SMTP_URL is not set; subscriptions are told by webhook only',
    )
    expect(await startLog(smtp.url)).toContain(`mail is on: SMTP server ${new URL(smtp.url).host} answered`)
    // Port 9 (discard): nothing listens on it here, so the connection is refused.
    const broken = await startLog('smtp://127.0.0.1:9')
    expect(broken.find((line) => line.startsWith('mail is BROKEN'))).toMatch(
      /^mail is BROKEN: SMTP server 127\.0\.0\.1:9 refused or did not answer/,
    )
  })
})
