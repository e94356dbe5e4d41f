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
  AlertRecordRow,
} from './alert-rows.ts'
import pg from 'pg'
import type { Queryable } from './pool.ts'
import { allRows, firstRow, readPage } from './query-rows.ts'
import {
  ALERT_EXPORT_COLUMNS,
  ALERT_FEATURE_COLUMNS,
  ALERT_GEOMETRY_COLUMN,
  type AlertListFilter,
  type AlertRowScope,
  alertPageQueries,
  alertsInScopeQuery,
  alertWalkedPageQuery,
  ALERT_COLLECTION_COUNT_CAP,
  alertCollectionCountQuery,
  COLLECTION_WALK_MIN_MATCHES,
  collectionWalk,
} from './sql/alert-list.sql.ts'
import {
  ALERT_DETAIL_SQL,
  ALERT_EXTENT_SQL,
  ALERT_PHOTO_CONTENT_SQL,
  ALERT_RECORD_SQL,
  ALERT_SUMMARIES_SQL,
  ASSIGNEES_SQL,
  BADGES_SQL,
  DUPLICATES_SQL,
  LATEST_EVENTS_SQL,
} from './sql/alert-read.sql.ts'

export type { AlertListFilter, AlertRowScope } from './sql/alert-list.sql.ts'

/** How `pg` parses a timestamptz column (pool.ts leaves it as pg's): used on the record's JSON arrays. */
const parseTimestamp: (text: string) => Date = pg.types.getTypeParser(pg.types.builtins.TIMESTAMPTZ, 'text')

/** The record's arrays as ALERT_RECORD_SQL returns them: timestamps as the server's text. */
interface RecordParts {
  photos: (Omit<AlertPhotoRow, 'createdAt'> & { createdAt: string })[]
  events: (Omit<AlertEventRow, 'at'> & { at: string })[]
  featureTables: { table: string; id: string }[]
}

/** The newest observation first: the order of the OGC collection. */
const NEWEST_OBSERVED: AlertSort[] = [DEFAULT_ALERT_SORT]

/**
 * Reads alerts for every view (record, list, exports, badges, feed, OGC collection). Scoping to what an
 * actor may see is the caller's: each method takes the scope or organisation it is given. Methods that
 * look one alert up return undefined when it does not exist.
 */
/** @param options.collectionCountCap where the OGC collection's count stops (tests make it small) */
export function createAlertReadRepo(
  db: Queryable,
  options: { collectionCountCap: number } = { collectionCountCap: ALERT_COLLECTION_COUNT_CAP },
) {
  const cap = options.collectionCountCap
  return {
    async detail(alertId: string): Promise<AlertDetailRow | undefined> {
      return firstRow<AlertDetailRow>(db, ALERT_DETAIL_SQL, [alertId])
    },

    /**
     * One alert's record with its photos, timeline and features by table, in one statement;
     * undefined when it does not exist.
     */
    async record(alertId: string): Promise<AlertRecordRow | undefined> {
      const row = await firstRow<AlertDetailRow & RecordParts>(db, ALERT_RECORD_SQL, [alertId])
      if (!row) return undefined
      const { photos, events, featureTables, ...detail } = row
      return {
        detail,
        photos: photos.map((photo) => ({
          id: photo.id,
          filename: photo.filename,
          mediaType: photo.mediaType,
          byteSize: photo.byteSize,
          sha256: photo.sha256,
          createdAt: parseTimestamp(photo.createdAt),
        })),
        events: events.map((event) => ({
          id: event.id,
          kind: event.kind,
          at: parseTimestamp(event.at),
          data: event.data,
          author: event.author,
        })),
        featureTables,
      }
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
      page: { limit: number; offset: number; exactCount: boolean },
    ): Promise<{ rows: AlertFeaturePageRow[]; numberMatched: number | undefined }> {
      const extraColumns = ALERT_FEATURE_COLUMNS
      const queries = alertPageQueries(scope, filter, NEWEST_OBSERVED, { ...page, extraColumns })
      const counted = page.exactCount
        ? { query: queries.count, capped: false }
        : alertCollectionCountQuery(scope, filter, cap)
      const count = (await firstRow<{ count: number }>(db, counted.query.text, counted.query.values))!.count
      // Over the cap the count is only a lower bound: numberMatched is then left out.
      const overCap = counted.capped && count > cap
      const numberMatched = overCap ? undefined : count
      // Many matches: the page is looked for among the newest observations first (collectionWalk).
      let walk: number | undefined
      if (count >= COLLECTION_WALK_MIN_MATCHES) {
        const inScope = alertsInScopeQuery(scope)
        const total = (await firstRow<{ count: number }>(db, inScope.text, inScope.values))!.count
        walk = collectionWalk(count, total, page, overCap)
      }
      if (walk) {
        const walked = alertWalkedPageQuery(scope, filter, { ...page, walk, extraColumns })
        const rows = await allRows<AlertFeaturePageRow>(db, walked.text, walked.values)
        // A whole page among the newest is the page; fewer rows, and every match is read.
        if (rows.length === page.limit) return { rows, numberMatched }
      }
      return { rows: await allRows(db, queries.page.text, queries.page.values), numberMatched }
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
