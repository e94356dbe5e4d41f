import {
  type AlertDuplicate,
  type AlertPerson,
  type AlertSeverity,
  type AlertSort,
  DEFAULT_ALERT_SORT,
  DUPLICATE_RADIUS_M,
  DUPLICATE_WINDOW_DAYS,
} from '@heritage-watch/shared'
import type {
  AlertDetailRow,
  AlertEventRow,
  AlertEventWithAlertRow,
  AlertExportColumns,
  AlertFeaturePageRow,
  AlertPhotoRow,
  AlertSummaryRow,
} from './alert-rows.ts'
import type { Queryable } from './pool.ts'
import { allRows, firstRow, readPage } from './query-rows.ts'
import {
  ALERT_EXPORT_COLUMNS,
  ALERT_FEATURE_COLUMNS,
  ALERT_GEOMETRY_COLUMN,
  type AlertListFilter,
  type AlertRowScope,
  alertPageQueries,
} from './sql/alert-list.sql.ts'
import {
  ALERT_DETAIL_SQL,
  ALERT_EVENTS_SQL,
  ALERT_EXTENT_SQL,
  ALERT_FEATURE_TABLES_SQL,
  ALERT_PHOTO_CONTENT_SQL,
  ALERT_PHOTOS_SQL,
  ALERT_SUMMARIES_SQL,
  ASSIGNEES_SQL,
  BADGES_SQL,
  DUPLICATES_SQL,
  LATEST_EVENTS_SQL,
} from './sql/alert-read.sql.ts'

export type { AlertListFilter, AlertRowScope } from './sql/alert-list.sql.ts'

/** The newest observation first: the order of the OGC collection. */
const NEWEST_OBSERVED: AlertSort[] = [DEFAULT_ALERT_SORT]

/**
 * Reads alerts for every view (record, list, exports, badges, feed, OGC collection). Scoping to what an
 * actor may see is the caller's: each method takes the scope or organisation it is given. Methods that
 * look one alert up return undefined when it does not exist.
 */
export function createAlertReadRepo(db: Queryable) {
  return {
    async detail(alertId: string): Promise<AlertDetailRow | undefined> {
      return firstRow<AlertDetailRow>(db, ALERT_DETAIL_SQL, [alertId])
    },

    async featureTables(alertId: string): Promise<{ table: string; id: string }[]> {
      return allRows(db, ALERT_FEATURE_TABLES_SQL, [alertId])
    },

    async photos(alertId: string): Promise<AlertPhotoRow[]> {
      return allRows(db, ALERT_PHOTOS_SQL, [alertId])
    },

    async photoContent(alertId: string, photoId: string) {
      return firstRow<{
        filename: string
        mediaType: string
        sha256: string
        content: Buffer
        organisationId: string | null
      }>(db, ALERT_PHOTO_CONTENT_SQL, [alertId, photoId])
    },

    async events(alertId: string): Promise<AlertEventRow[]> {
      return allRows(db, ALERT_EVENTS_SQL, [alertId])
    },

    /** Open alerts that may be the same as one at `ewkb` naming `features`; see DUPLICATES_SQL. */
    async duplicates(options: {
      ewkb: string
      features: { table: string; id: string }[]
      exceptId: string | null
      organisationId: string | null
    }): Promise<AlertDuplicate[]> {
      return allRows(db, DUPLICATES_SQL, [
        options.ewkb,
        options.features.map((feature) => feature.table),
        options.features.map((feature) => feature.id),
        DUPLICATE_RADIUS_M,
        DUPLICATE_WINDOW_DAYS,
        options.exceptId,
        options.organisationId,
      ])
    },

    /** One page of matching alerts and how many match in all; `limit` null returns every match. */
    async list(
      scope: AlertRowScope,
      filter: AlertListFilter,
      sort: AlertSort[],
      page: { limit: number | null; offset: number; withGeometry?: boolean; withDetails?: boolean },
    ): Promise<{
      rows: (AlertSummaryRow & Partial<AlertExportColumns> & { geometry?: unknown })[]
      numberMatched: number
    }> {
      const extra = [page.withGeometry && ALERT_GEOMETRY_COLUMN, page.withDetails && ALERT_EXPORT_COLUMNS]
      const extraColumns = extra.filter(Boolean).join(', ') || undefined
      return readPage(db, alertPageQueries(scope, filter, sort, { ...page, extraColumns }))
    },

    /**
     * A page of matching alerts as OGC features: the summary plus description and geometry, newest
     * observation first, and how many match in all.
     */
    async featurePage(
      scope: AlertRowScope,
      filter: AlertListFilter,
      page: { limit: number; offset: number },
    ): Promise<{ rows: AlertFeaturePageRow[]; numberMatched: number }> {
      const extraColumns = ALERT_FEATURE_COLUMNS
      return readPage(db, alertPageQueries(scope, filter, NEWEST_OBSERVED, { ...page, extraColumns }))
    },

    /** Summaries of the given alerts, in the given order. */
    async summaries(ids: string[]): Promise<AlertSummaryRow[]> {
      return allRows(db, ALERT_SUMMARIES_SQL, [ids])
    },

    async badges(organisationId: string | null) {
      return allRows<{
        collection: string
        featureId: string
        severity: AlertSeverity
        count: number
        anchor: [number, number]
      }>(db, BADGES_SQL, [organisationId])
    },

    /** The officers and admins an alert can be given to. */
    async assignees(): Promise<AlertPerson[]> {
      return allRows(db, ASSIGNEES_SQL)
    },

    /** Count, CRS84 bounding box (null when none) and observed-date span of the alerts in scope. */
    async extent(organisationId: string | null) {
      return (await firstRow<{
        count: number
        bbox: [number, number, number, number] | null
        first: string | null
        last: string | null
      }>(db, ALERT_EXTENT_SQL, [organisationId]))!
    },

    /** The latest `limit` events of the alerts in scope (one organisation's, or all when null), newest first. */
    async latestEvents(organisationId: string | null, limit: number): Promise<AlertEventWithAlertRow[]> {
      return allRows(db, LATEST_EVENTS_SQL, [organisationId, limit])
    },
  }
}

export type AlertReadRepo = ReturnType<typeof createAlertReadRepo>
