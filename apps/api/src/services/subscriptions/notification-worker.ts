import { randomUUID } from 'node:crypto'
import { type Actor, alertScope, can, type WebhookPayload } from '@heritage-watch/shared'
import type pg from 'pg'
import {
  createNotificationsRepo,
  type ClaimedDeliveryRow,
  type DueSubscriptionRow,
  inNotificationsTransaction,
  type NotificationScope,
} from '../../db/notifications-repo.ts'
import { alertAppUrl } from '../alerts/alert-links.ts'
import type { Mailer } from './mailer.ts'
import { mailText } from './mail-text.ts'
import { postWebhook, type SendOutcome } from './webhook.ts'

// The notification worker (issue 11 §6): a loop in the API process, in three steps, each on the outbox
// kept in the database so that a restart loses nothing and two processes share the work (FOR UPDATE SKIP
// LOCKED): match new alert events to subscriptions, batch them when due, deliver and log every attempt.

export interface WorkerSettings {
  intervalMs: number
  retryBaseMs: number
  maxAttempts: number
  digestHour: number
  publicUrl?: string
  /** Webhooks may reach the loopback (tests, a local receiver): WEBHOOK_ALLOW_LOOPBACK_HTTP. */
  allowLoopbackWebhooks?: boolean
}

interface WorkerLog {
  info(message: string): void
  error(details: object, message: string): void
}

/** Events read per match step; more wait for the next turn. */
const MATCH_BATCH = 1000
const DUE_BATCH = 20
const DELIVERY_BATCH = 10
/** The longest wait between two attempts, whatever the backoff says. */
const MAX_RETRY_DELAY_MS = 6 * 3600_000
/** How long a claimed delivery is left to its process before another may try it. */
const LEASE_MS = 60_000

/** Who owns a subscription, as the policy sees it: the scope is the alert list's (policy.ts alertScope). */
function scopeOf(
  owner: { userId: string; role: Actor['role']; organisationId: string | null },
  kind: string,
) {
  const actor: Actor = { role: owner.role, userId: owner.userId, organisationId: owner.organisationId }
  if (kind === 'triage' && !can(actor, 'subscription:triage')) return undefined
  const scope = alertScope(actor)
  return scope.kind === 'none' ? undefined : (scope as NotificationScope)
}

/** The delay before attempt `attempt + 1`: base × 2^(attempt − 1), bounded. */
export function retryDelay(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS)
}

export function createNotificationWorker(options: {
  pool: pg.Pool
  mailer: Mailer | undefined
  settings: WorkerSettings
  log: WorkerLog
}) {
  const { pool, mailer, settings, log } = options

  const match = () =>
    inNotificationsTransaction(pool, async (repo) => {
      const last = await repo.lockCursor()
      if (last === undefined) return
      const upTo = await repo.nextEventBound(last, MATCH_BATCH)
      if (upTo === last) return
      for (const subscriber of await repo.subscribers()) {
        const scope = scopeOf(subscriber, subscriber.kind)
        if (scope) await repo.match(subscriber.id, last, upTo, scope)
      }
      await repo.advanceCursor(upTo)
    })

  async function payloadsOf(
    repo: ReturnType<typeof createNotificationsRepo>,
    subscription: DueSubscriptionRow,
  ) {
    const scope = subscription.disabled ? undefined : scopeOf(subscription, subscription.kind)
    const events = scope ? await repo.pendingEvents(subscription.id, scope) : []
    if (events.length === 0) return []
    const awaitingTriage = subscription.kind === 'triage' ? await repo.awaitingTriage() : null
    const channels = [
      ...(subscription.email && mailer ? (['email'] as const) : []),
      ...(subscription.webhookUrl ? (['webhook'] as const) : []),
    ]
    return channels.map((channel) => {
      const payload: WebhookPayload = {
        subscriptionId: subscription.id,
        deliveryId: randomUUID(),
        frequency: subscription.frequency,
        events: events.map((event) => ({
          eventId: event.eventId,
          kind: event.kind,
          at: event.at.toISOString(),
          alert: {
            id: event.alertId,
            reference: event.reference,
            title: event.title,
            category: event.category as never,
            severity: event.severity as never,
            status: event.status,
            communes: event.communes,
            url: settings.publicUrl ? alertAppUrl(settings.publicUrl, event.alertId) : null,
          },
        })),
        awaitingTriage,
      }
      return { channel, payload }
    })
  }

  const batch = () =>
    inNotificationsTransaction(pool, async (repo) => {
      for (const subscription of await repo.dueSubscriptions(DUE_BATCH)) {
        for (const { channel, payload } of await payloadsOf(repo, subscription))
          await repo.insertDelivery(payload.deliveryId, subscription.id, channel, payload)
        // Events its owner may no longer see are dropped here with the others: never sent later.
        await repo.markBatched(subscription.id)
        if (subscription.frequency !== 'immediate')
          await repo.advanceDigest(subscription.id, settings.digestHour)
      }
    })

  async function send(delivery: ClaimedDeliveryRow): Promise<SendOutcome> {
    const payload = delivery.payload as WebhookPayload
    if (delivery.channel === 'webhook')
      return postWebhook(
        delivery.webhookUrl!,
        delivery.webhookSecret!,
        delivery.id,
        payload,
        settings.allowLoopbackWebhooks,
      )
    if (!mailer) return { ok: false, httpStatus: null, error: 'mail is off (no SMTP_URL)' }
    return mailer.send({ to: delivery.email, ...mailText(payload, delivery.language, delivery.displayName) })
  }

  async function deliver() {
    const claimed = await createNotificationsRepo(pool).claimDeliveries(DELIVERY_BATCH, LEASE_MS)
    for (const delivery of claimed) {
      const outcome = await send(delivery)
      const attempt = delivery.attempts + 1
      const failed = !outcome.ok && attempt >= settings.maxAttempts
      const retryInMs = outcome.ok || failed ? 0 : retryDelay(attempt, settings.retryBaseMs)
      await inNotificationsTransaction(pool, (repo) =>
        repo.recordAttempt(delivery.id, attempt, outcome, { failed, retryInMs }),
      )
    }
  }

  /** One turn of the three steps; an error is logged and the next turn tries again. */
  async function runOnce(): Promise<void> {
    try {
      await match()
      await batch()
      await deliver()
    } catch (error) {
      log.error({ err: error }, 'notification worker: a turn failed; trying again next turn')
    }
  }

  let timer: NodeJS.Timeout | undefined
  let turn: Promise<void> | undefined
  let stopped = true
  const schedule = (delay: number) => {
    timer = setTimeout(() => {
      turn = runOnce().finally(() => {
        turn = undefined
        if (!stopped) schedule(settings.intervalMs)
      })
    }, delay)
  }
  return {
    runOnce,
    start() {
      if (!stopped) return
      stopped = false
      log.info(`notification worker: every ${settings.intervalMs} ms`)
      schedule(0)
    },
    /** Stops the loop after the current turn. */
    async stop() {
      stopped = true
      clearTimeout(timer)
      await turn
    },
  }
}
