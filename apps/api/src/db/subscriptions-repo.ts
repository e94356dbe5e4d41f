import type pg from 'pg'
import { collectionTable } from '../collections/collection-tables.ts'
import { inTransaction, type Queryable } from './pool.ts'
import { allRows, firstRow } from './query-rows.ts'
import { featureLabelSql } from './sql/feature-labels.sql.ts'
import { CHECK_AREA_POLYGON_SQL } from './sql/indicators-area.sql.ts'
import {
  AREA_EXISTS_SQL,
  DELETE_SUBSCRIPTION_SQL,
  featureLabelQuery,
  GET_SUBSCRIPTION_SQL,
  INSERT_SUBSCRIPTION_SQL,
  LIST_DELIVERIES_SQL,
  LIST_SUBSCRIPTIONS_SQL,
  UPDATE_SUBSCRIPTION_SQL,
} from './sql/subscriptions.sql.ts'

/** A subscription row as SQL gives it, before the service shapes its target. */
export interface SubscriptionRow {
  id: string
  kind: string
  code: string | null
  polygon: { type: 'Polygon'; coordinates: number[][][] } | null
  collection: string | null
  featureId: string | null
  category: string | null
  severity: string | null
  frequency: string
  email: boolean
  webhookUrl: string | null
  language: string
  createdAt: Date
  nextDigestAt: Date | null
  label: string | null
}

/** What a new subscription stores; unused fields are null. */
export interface NewSubscription {
  userId: string
  kind: string
  code: string | null
  polygon: string | null
  collection: string | null
  featureTable: string | null
  featureId: string | null
  featureLabel: string | null
  category: string | null
  severity: string | null
  frequency: string
  email: boolean
  webhookUrl: string | null
  webhookSecret: string | null
  language: string
}

export interface DeliveryRow {
  id: string
  channel: 'email' | 'webhook'
  status: 'pending' | 'delivered' | 'failed'
  events: number
  createdAt: Date
  deliveredAt: Date | null
  attempts: { attempt: number; at: string; ok: boolean; httpStatus: number | null; error: string | null }[]
}

/** The owner's side of subscriptions: CRUD and the delivery log. */
export function createSubscriptionsRepo(pool: pg.Pool, options: { digestHour: number }) {
  const db: Queryable = pool
  return {
    list: (userId: string) => allRows<SubscriptionRow>(db, LIST_SUBSCRIPTIONS_SQL, [userId]),
    /** One subscription of its owner; undefined when it does not exist or is another's. */
    get: (id: string, userId: string) => firstRow<SubscriptionRow>(db, GET_SUBSCRIPTION_SQL, [id, userId]),
    /** Inserts in one transaction; @returns the new id. */
    insert: (fields: NewSubscription) =>
      inTransaction(pool, async (client) => {
        const row = await firstRow<{ id: string }>(client, INSERT_SUBSCRIPTION_SQL, [
          fields.userId,
          fields.kind,
          fields.code,
          fields.polygon,
          fields.collection,
          fields.featureTable,
          fields.featureId,
          fields.featureLabel,
          fields.category,
          fields.severity,
          fields.frequency,
          fields.email,
          fields.webhookUrl,
          fields.webhookSecret,
          fields.language,
          options.digestHour,
        ])
        return row!.id
      }),
    /** @returns false when it is not the owner's, or when it would leave no channel */
    update: async (
      id: string,
      userId: string,
      changes: { frequency?: string; email?: boolean; language?: string },
    ) =>
      (
        await db.query(UPDATE_SUBSCRIPTION_SQL, [
          id,
          userId,
          changes.frequency ?? null,
          changes.email ?? null,
          changes.language ?? null,
          options.digestHour,
        ])
      ).rowCount === 1,
    /** @returns false when it is not the owner's */
    remove: async (id: string, userId: string) =>
      ((await db.query(DELETE_SUBSCRIPTION_SQL, [id, userId])).rowCount ?? 0) > 0,
    deliveries: (subscriptionId: string) => allRows<DeliveryRow>(db, LIST_DELIVERIES_SQL, [subscriptionId]),
    areaExists: async (kind: 'commune' | 'epci', code: string) =>
      (await firstRow<{ exists: boolean }>(db, AREA_EXISTS_SQL, [kind, code]))!.exists,
    /**
     * A feature's table and name; undefined when the feature does not exist. The collection must be in
     * the catalogue (the service checks it first).
     */
    feature: async (collection: string, featureId: string) => {
      const { table, where } = collectionTable(collection)
      const row = await firstRow<{ label: string }>(
        db,
        featureLabelQuery(table, featureLabelSql(collection), where),
        [featureId],
      )
      return row && { table, label: row.label }
    },
    /** The indicators' PostGIS check of a drawn polygon (valid, inside the basin). */
    checkPolygon: async (polygon: string) =>
      (await firstRow<{
        valid: boolean
        invalidReason: string | null
        inBasin: boolean | null
        inBasinSwapped: boolean | null
      }>(db, CHECK_AREA_POLYGON_SQL, [polygon]))!,
  }
}

export type SubscriptionsRepo = ReturnType<typeof createSubscriptionsRepo>
