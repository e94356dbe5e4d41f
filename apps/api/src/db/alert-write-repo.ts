import {
  ALERT_CONTEXT_RADIUS_M,
  type AlertCategory,
  type AlertEventKind,
  type AlertSeverity,
} from '@heritage-watch/shared'
import type { AlertFeatureRow } from './alert-rows.ts'
import { MIN_OVERLAP_SHARE, NEARBY_LIMIT } from './feature-context-repo.ts'
import type { Queryable } from './pool.ts'
import { firstRow } from './query-rows.ts'
import {
  FIND_IDEMPOTENCY_KEY_SQL,
  INSERT_ALERT_FEATURES_SQL,
  INSERT_ALERT_SQL,
  INSERT_EVENT_SQL,
  INSERT_IDEMPOTENCY_KEY_SQL,
  INSERT_PHOTO_SQL,
} from './sql/alert-write.sql.ts'

/** A photo checked and ready to store. */
export interface NewAlertPhoto {
  filename: string
  mediaType: string
  sha256: string
  content: Buffer
}

/**
 * Inserts alerts and what they hold: features, photos, history events (append-only: nothing here
 * updates or deletes an event) and Idempotency-Keys. Run on a transaction's client.
 */
export function createAlertWriteRepo(db: Queryable) {
  return {
    /** Inserts an alert with the spatial context of its geometry and its 'created' event. */
    async insertAlert(alert: {
      title: string
      description: string
      category: AlertCategory
      severity: AlertSeverity
      observedOn: string
      ewkb: string
      geometryOrigin: 'drawn' | 'features'
      reporterId: string
      organisationId: string | null
    }): Promise<{ id: string; at: Date }> {
      const row = await firstRow<{ id: string; at: Date }>(db, INSERT_ALERT_SQL, [
        alert.ewkb,
        MIN_OVERLAP_SHARE,
        ALERT_CONTEXT_RADIUS_M,
        NEARBY_LIMIT,
        alert.title,
        alert.description,
        alert.category,
        alert.severity,
        alert.observedOn,
        alert.geometryOrigin,
        alert.reporterId,
        alert.organisationId,
      ])
      return row!
    },

    async insertFeatures(alertId: string, features: AlertFeatureRow[]): Promise<void> {
      if (features.length === 0) return
      await db.query(INSERT_ALERT_FEATURES_SQL, [
        alertId,
        features.map((feature) => feature.collection),
        features.map((feature) => feature.table),
        features.map((feature) => feature.id),
        features.map((feature) => feature.label),
        features.map((feature) => feature.geometry),
      ])
    },

    /** @returns the new photo's id */
    async insertPhoto(alertId: string, photo: NewAlertPhoto): Promise<string> {
      const row = await firstRow<{ id: string }>(db, INSERT_PHOTO_SQL, [
        alertId,
        photo.filename,
        photo.mediaType,
        photo.content.length,
        photo.sha256,
        photo.content,
      ])
      return row!.id
    },

    async insertEvent(
      alertId: string,
      kind: AlertEventKind,
      authorId: string,
      data: Record<string, unknown>,
    ): Promise<{ id: number; at: Date }> {
      const params = [alertId, kind, authorId, JSON.stringify(data)]
      return (await firstRow<{ id: number; at: Date }>(db, INSERT_EVENT_SQL, params))!
    },

    /** The request a user's key was first used for; undefined when the key is new. */
    async findIdempotencyKey(userId: string, key: string) {
      return firstRow<{ requestHash: string; alertId: string }>(db, FIND_IDEMPOTENCY_KEY_SQL, [userId, key])
    },

    /** Whether the key was claimed for this alert (false: another request holds it already). */
    async claimIdempotencyKey(userId: string, key: string, requestHash: string, alertId: string) {
      const { rowCount } = await db.query(INSERT_IDEMPOTENCY_KEY_SQL, [userId, key, requestHash, alertId])
      return rowCount === 1
    },
  }
}
