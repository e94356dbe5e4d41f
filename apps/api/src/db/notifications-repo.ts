import type pg from 'pg'
import { inTransaction, type Queryable } from './pool.ts'
import { allRows, firstRow } from './query-rows.ts'
import {
  ADVANCE_CURSOR_SQL,
  ADVANCE_DIGEST_SQL,
  AWAITING_TRIAGE_SQL,
  CLAIM_DELIVERIES_SQL,
  DUE_SUBSCRIPTIONS_SQL,
  INSERT_ATTEMPT_SQL,
  INSERT_DELIVERY_SQL,
  LOCK_CURSOR_SQL,
  MARK_BATCHED_SQL,
  MATCH_EVENTS_SQL,
  NEXT_EVENT_BOUND_SQL,
  NOTIFIED_EVENT_KINDS,
  PENDING_EVENTS_SQL,
  RECORD_OUTCOME_SQL,
  SUBSCRIBERS_SQL,
} from './sql/subscriptions.sql.ts'

/** The alerts an owner may see, as SQL filters them: all, or one organisation's (policy.ts alertScope). */
export type NotificationScope = { kind: 'all' } | { kind: 'organisation'; id: string }

export interface SubscriberRow {
  id: string
  kind: string
  userId: string
  role: 'partner' | 'officer' | 'admin'
  organisationId: string | null
}

export interface DueSubscriptionRow {
  id: string
  kind: string
  frequency: 'immediate' | 'daily' | 'weekly'
  email: boolean
  webhookUrl: string | null
  userId: string
  role: 'partner' | 'officer' | 'admin'
  organisationId: string | null
  disabled: boolean
}

export interface PendingEventRow {
  eventId: number
  kind: string
  at: Date
  alertId: string
  reference: string
  title: string
  category: string
  severity: string
  status: string
  communes: string[]
}

export interface ClaimedDeliveryRow {
  id: string
  channel: 'email' | 'webhook'
  payload: unknown
  attempts: number
  webhookUrl: string | null
  webhookSecret: string | null
  language: 'fr' | 'en'
  email: string
  displayName: string
}

const scopeParams = (scope: NotificationScope) => [
  scope.kind,
  scope.kind === 'organisation' ? scope.id : null,
]

/** The worker's SQL, on a transaction's client (match, batch) or the pool (deliver). */
export function createNotificationsRepo(db: Queryable) {
  return {
    /** The cursor, locked; undefined when another process holds it. */
    lockCursor: async () => (await firstRow<{ lastEventId: number }>(db, LOCK_CURSOR_SQL))?.lastEventId,
    nextEventBound: async (after: number, batchSize: number) =>
      (await firstRow<{ upTo: number }>(db, NEXT_EVENT_BOUND_SQL, [after, batchSize]))!.upTo,
    advanceCursor: (to: number) => db.query(ADVANCE_CURSOR_SQL, [to]),
    subscribers: () => allRows<SubscriberRow>(db, SUBSCRIBERS_SQL),
    match: (subscriptionId: string, after: number, upTo: number, scope: NotificationScope) =>
      db.query(MATCH_EVENTS_SQL, [subscriptionId, after, upTo, ...scopeParams(scope), NOTIFIED_EVENT_KINDS]),
    dueSubscriptions: (limit: number) => allRows<DueSubscriptionRow>(db, DUE_SUBSCRIPTIONS_SQL, [limit]),
    pendingEvents: (subscriptionId: string, scope: NotificationScope) =>
      allRows<PendingEventRow>(db, PENDING_EVENTS_SQL, [subscriptionId, ...scopeParams(scope)]),
    awaitingTriage: async () => (await firstRow<{ count: number }>(db, AWAITING_TRIAGE_SQL))!.count,
    markBatched: (subscriptionId: string) => db.query(MARK_BATCHED_SQL, [subscriptionId]),
    insertDelivery: (id: string, subscriptionId: string, channel: 'email' | 'webhook', payload: unknown) =>
      db.query(INSERT_DELIVERY_SQL, [id, subscriptionId, channel, JSON.stringify(payload)]),
    advanceDigest: (subscriptionId: string, digestHour: number) =>
      db.query(ADVANCE_DIGEST_SQL, [subscriptionId, digestHour]),
    claimDeliveries: (limit: number, leaseMs: number) =>
      allRows<ClaimedDeliveryRow>(db, CLAIM_DELIVERIES_SQL, [limit, leaseMs]),
    recordAttempt: async (
      deliveryId: string,
      attempt: number,
      outcome: { ok: boolean; httpStatus: number | null; error: string | null },
      next: { failed: boolean; retryInMs: number },
    ) => {
      await db.query(INSERT_ATTEMPT_SQL, [deliveryId, attempt, outcome.ok, outcome.httpStatus, outcome.error])
      await db.query(RECORD_OUTCOME_SQL, [deliveryId, attempt, outcome.ok, next.failed, next.retryInMs])
    },
  }
}

export type NotificationsRepo = ReturnType<typeof createNotificationsRepo>

/** Runs `work` with the worker's repo on one transaction of the pool. */
export function inNotificationsTransaction<T>(
  pool: pg.Pool,
  work: (repo: NotificationsRepo) => Promise<T>,
): Promise<T> {
  return inTransaction(pool, (client) => work(createNotificationsRepo(client)))
}
