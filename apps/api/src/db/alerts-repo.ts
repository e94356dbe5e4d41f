import {
  ALERT_CONTEXT_RADIUS_M,
  type AlertCategory,
  type AlertContext,
  type AlertDuplicate,
  type AlertEventKind,
  type AlertPerson,
  type AlertSeverity,
  type AlertStatus,
  DUPLICATE_RADIUS_M,
  DUPLICATE_WINDOW_DAYS,
} from '@heritage-watch/shared'
import { MIN_OVERLAP_SHARE, NEARBY_LIMIT } from './feature-context-repo.ts'
import type { Queryable } from './pool.ts'
import {
  ALERT_CONTEXT_SQL,
  ALERT_DETAIL_SQL,
  ALERT_EXTENT_SQL,
  ALERT_FEATURE_COLUMNS,
  ALERT_EVENTS_SQL,
  ALERT_FEATURE_TABLES_SQL,
  ALERT_PHOTO_CONTENT_SQL,
  ALERT_PHOTOS_SQL,
  ALERT_SUMMARY_COLUMNS,
  ALERT_SUMMARY_FROM,
  ASSIGNEE_SQL,
  ASSIGNEES_SQL,
  BADGES_SQL,
  CHECK_DRAWN_GEOMETRY_SQL,
  DUPLICATES_SQL,
  EDIT_ALERT_SQL,
  EWKB_TO_GEOJSON_SQL,
  FIND_IDEMPOTENCY_KEY_SQL,
  GEOJSON_TO_EWKB_SQL,
  INSERT_ALERT_FEATURES_SQL,
  INSERT_ALERT_SQL,
  INSERT_EVENT_SQL,
  INSERT_IDEMPOTENCY_KEY_SQL,
  INSERT_PHOTO_SQL,
  LATEST_EVENTS_SQL,
  LOCK_ALERT_SQL,
  PHOTO_COUNT_SQL,
  SET_ASSIGNEE_SQL,
  SET_STATUS_SQL,
  SEVERITY_RANK_SQL,
  STATUS_RANK_SQL,
  TOUCH_ALERT_SQL,
  UNION_OF_GEOMETRIES_SQL,
} from './sql/alerts.sql.ts'

/** Which alerts a query may return: all, or one organisation's (policy.ts `alertScope`, minus `none`). */
export type AlertRowScope = { kind: 'all' } | { kind: 'organisation'; id: string }

/** The filters of GET /alerts (and of its exports, the OGC collection and the feed). */
export interface AlertFilter {
  statuses?: AlertStatus[]
  severities?: AlertSeverity[]
  categories?: AlertCategory[]
  /** A commune's name (compared without case or accents) or INSEE code. */
  commune?: string
  /** Alerts naming at least one feature of this collection. */
  collection?: string
  /** Alerts naming this feature (by its table, so that views of one table match). */
  feature?: { table: string; id: string }
  assignee?: { kind: 'user'; id: string } | { kind: 'none' }
  /** Inclusive bounds on the observed date, as ISO dates; null is open-ended. */
  observed?: { start: string | null; end: string | null }
  /** Words in the title or description. */
  text?: string
  /** [minLon, minLat, maxLon, maxLat] in CRS84. */
  bbox?: [number, number, number, number]
}

export type AlertSortKey = 'observedOn' | 'createdAt' | 'updatedAt' | 'severity' | 'status' | 'title'
export interface AlertSort {
  key: AlertSortKey
  descending: boolean
}

const SORT_COLUMNS: Record<AlertSortKey, string> = {
  observedOn: 'a.observed_on',
  createdAt: 'a.created_at',
  updatedAt: 'a.updated_at',
  severity: SEVERITY_RANK_SQL,
  status: STATUS_RANK_SQL,
  title: 'lower(a.title)',
}

/** A summary row as the SQL returns it; the service shapes it into AlertSummary. */
export interface AlertSummaryRow {
  id: string
  reference: string
  title: string
  category: AlertCategory
  severity: AlertSeverity
  status: AlertStatus
  observedOn: string
  createdAt: Date
  updatedAt: Date
  organisationId: string | null
  reporter: AlertPerson
  organisation: { id: string; name: string } | null
  assignee: AlertPerson | null
  features: { collection: string; id: string; label: string }[]
  communes: string[]
  anchor: [number, number]
  photoCount: number
}

export interface AlertDetailRow extends AlertSummaryRow {
  description: string
  context: AlertContext
  geometry: unknown
  ewkb: string
}

/** A row of featurePage: the summary with what an OGC feature adds. */
export interface AlertFeaturePageRow extends AlertSummaryRow {
  description: string
  geometry: unknown
}

/** One event of latestEvents, with the alert it belongs to. */
export interface AlertEventWithAlertRow {
  id: number
  kind: AlertEventKind
  at: Date
  data: Record<string, unknown>
  author: AlertPerson
  alertId: string
  reference: string
  title: string
  status: AlertStatus
  severity: AlertSeverity
  category: AlertCategory
}

/** The fields a change is checked against, read under a row lock. */
export interface LockedAlert {
  id: string
  status: AlertStatus
  severity: AlertSeverity
  category: AlertCategory
  title: string
  description: string
  observed_on: string
  organisation_id: string | null
  assignee_id: string | null
}

/** One feature to store with a new alert. */
export interface AlertFeatureRow {
  collection: string
  table: string
  id: string
  label: string
  /** The feature's geometry (hex EWKB), for its badge's anchor; null when it has none. */
  geometry: string | null
}

/** Builds the WHERE of the list from fixed fragments; every value becomes a $n parameter. */
function whereClause(scope: AlertRowScope, filter: AlertFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const conditions: string[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (scope.kind === 'organisation') conditions.push(`a.organisation_id = ${param(scope.id)}::uuid`)
  if (filter.statuses) conditions.push(`a.status = ANY(${param(filter.statuses)}::text[])`)
  if (filter.severities) conditions.push(`a.severity = ANY(${param(filter.severities)}::text[])`)
  if (filter.categories) conditions.push(`a.category = ANY(${param(filter.categories)}::text[])`)
  if (filter.commune !== undefined) {
    const commune = param(filter.commune)
    conditions.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(a.context -> 'communes') AS c
      WHERE c ->> 'id' = ${commune}::text OR hw_fold(c ->> 'label') = hw_fold(${commune}::text))`)
  }
  if (filter.collection !== undefined) {
    conditions.push(`EXISTS (SELECT 1 FROM alert_feature AS f
      WHERE f.alert_id = a.id AND f.collection = ${param(filter.collection)}::text)`)
  }
  if (filter.feature) {
    conditions.push(`EXISTS (SELECT 1 FROM alert_feature AS f WHERE f.alert_id = a.id
      AND f.feature_table = ${param(filter.feature.table)}::text AND f.feature_id = ${param(filter.feature.id)}::text)`)
  }
  if (filter.assignee?.kind === 'none') conditions.push('a.assignee_id IS NULL')
  if (filter.assignee?.kind === 'user') conditions.push(`a.assignee_id = ${param(filter.assignee.id)}::uuid`)
  if (filter.observed?.start) conditions.push(`a.observed_on >= ${param(filter.observed.start)}::date`)
  if (filter.observed?.end) conditions.push(`a.observed_on <= ${param(filter.observed.end)}::date`)
  if (filter.text !== undefined) {
    conditions.push(
      `strpos(hw_fold(a.title || ' ' || a.description), hw_fold(${param(filter.text)}::text)) > 0`,
    )
  }
  if (filter.bbox) {
    const [minX, minY, maxX, maxY] = filter.bbox.map((value) => param(value))
    conditions.push(`a.geom && ST_MakeEnvelope(${minX}, ${minY}, ${maxX}, ${maxY}, 4326)
      AND ST_Intersects(a.geom, ST_MakeEnvelope(${minX}, ${minY}, ${maxX}, ${maxY}, 4326))`)
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params }
}

const orderBy = (sort: AlertSort[]) =>
  [
    ...sort.map(({ key, descending }) => `${SORT_COLUMNS[key]} ${descending ? 'DESC' : 'ASC'}`),
    // Always a total order, so that pages never repeat or skip a row.
    'a.number DESC',
  ].join(', ')

/** Runs the alert queries; the writing ones take the transaction's client. */
export function createAlertsRepo(db: Queryable) {
  const one = async <T>(sql: string, params: unknown[]): Promise<T | undefined> =>
    (await db.query(sql, params)).rows[0] as T | undefined
  return {
    async checkDrawnGeometry(geojson: string) {
      return (await one<{
        valid: boolean
        invalid_reason: string | null
        in_basin: boolean | null
        in_basin_swapped: boolean | null
      }>(CHECK_DRAWN_GEOMETRY_SQL, [geojson]))!
    },

    async geojsonToEwkb(geojson: string): Promise<string> {
      return (await one<{ geometry: string }>(GEOJSON_TO_EWKB_SQL, [geojson]))!.geometry
    },

    async unionOf(ewkb: string[]): Promise<string> {
      return (await one<{ geometry: string }>(UNION_OF_GEOMETRIES_SQL, [ewkb]))!.geometry
    },

    async toGeoJson(ewkb: string): Promise<unknown> {
      return JSON.parse((await one<{ geojson: string }>(EWKB_TO_GEOJSON_SQL, [ewkb]))!.geojson)
    },

    async context(ewkb: string): Promise<AlertContext> {
      return (await one<{ context: AlertContext }>(ALERT_CONTEXT_SQL, [
        ewkb,
        MIN_OVERLAP_SHARE,
        ALERT_CONTEXT_RADIUS_M,
        NEARBY_LIMIT,
      ]))!.context
    },

    async duplicates(options: {
      ewkb: string
      features: { table: string; id: string }[]
      exceptId: string | null
      organisationId: string | null
    }): Promise<AlertDuplicate[]> {
      const { rows } = await db.query<AlertDuplicate & { observed_on: string; distance_m: number }>(
        DUPLICATES_SQL,
        [
          options.ewkb,
          options.features.map((feature) => feature.table),
          options.features.map((feature) => feature.id),
          DUPLICATE_RADIUS_M,
          DUPLICATE_WINDOW_DAYS,
          options.exceptId,
          options.organisationId,
        ],
      )
      return rows.map(({ observed_on, distance_m, ...row }) => ({
        id: row.id,
        reference: row.reference,
        title: row.title,
        status: row.status,
        severity: row.severity,
        reason: row.reason,
        observedOn: observed_on,
        distanceM: distance_m,
      }))
    },

    async insertAlert(alert: {
      title: string
      description: string
      category: AlertCategory
      severity: AlertSeverity
      observedOn: string
      ewkb: string
      geometryOrigin: 'drawn' | 'features'
      context: AlertContext
      reporterId: string
      organisationId: string | null
    }): Promise<string> {
      const row = await one<{ id: string }>(INSERT_ALERT_SQL, [
        alert.title,
        alert.description,
        alert.category,
        alert.severity,
        alert.observedOn,
        alert.ewkb,
        alert.geometryOrigin,
        JSON.stringify(alert.context),
        alert.reporterId,
        alert.organisationId,
      ])
      return row!.id
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

    async insertPhoto(
      alertId: string,
      photo: { filename: string; mediaType: string; sha256: string; content: Buffer },
    ): Promise<string> {
      const row = await one<{ id: string }>(INSERT_PHOTO_SQL, [
        alertId,
        photo.filename,
        photo.mediaType,
        photo.content.length,
        photo.sha256,
        photo.content,
      ])
      return row!.id
    },

    async photoCount(alertId: string): Promise<number> {
      return (await one<{ count: number }>(PHOTO_COUNT_SQL, [alertId]))!.count
    },

    async insertEvent(
      alertId: string,
      kind: AlertEventKind,
      authorId: string,
      data: Record<string, unknown>,
    ): Promise<{ id: number; at: Date }> {
      return (await one<{ id: number; at: Date }>(INSERT_EVENT_SQL, [
        alertId,
        kind,
        authorId,
        JSON.stringify(data),
      ]))!
    },

    async touch(alertId: string): Promise<void> {
      await db.query(TOUCH_ALERT_SQL, [alertId])
    },

    /** The alert, locked until the transaction ends, or undefined. */
    async lock(alertId: string): Promise<LockedAlert | undefined> {
      return one<LockedAlert>(LOCK_ALERT_SQL, [alertId])
    },

    async setStatus(alertId: string, status: AlertStatus): Promise<void> {
      await db.query(SET_STATUS_SQL, [alertId, status])
    },

    async setAssignee(alertId: string, assigneeId: string | null): Promise<void> {
      await db.query(SET_ASSIGNEE_SQL, [alertId, assigneeId])
    },

    async edit(
      alertId: string,
      fields: Omit<LockedAlert, 'id' | 'status' | 'organisation_id' | 'assignee_id'>,
    ) {
      await db.query(EDIT_ALERT_SQL, [
        alertId,
        fields.category,
        fields.severity,
        fields.title,
        fields.description,
        fields.observed_on,
      ])
    },

    async assignee(id: string): Promise<AlertPerson | undefined> {
      return one<AlertPerson>(ASSIGNEE_SQL, [id])
    },

    async assignees(): Promise<AlertPerson[]> {
      return (await db.query<AlertPerson>(ASSIGNEES_SQL)).rows
    },

    async detail(alertId: string): Promise<AlertDetailRow | undefined> {
      return one<AlertDetailRow>(ALERT_DETAIL_SQL, [alertId])
    },

    async featureTables(alertId: string): Promise<{ table: string; id: string }[]> {
      return (await db.query<{ table: string; id: string }>(ALERT_FEATURE_TABLES_SQL, [alertId])).rows
    },

    async photos(alertId: string) {
      return (
        await db.query<{
          id: string
          filename: string
          mediaType: string
          byteSize: number
          sha256: string
          createdAt: Date
        }>(ALERT_PHOTOS_SQL, [alertId])
      ).rows
    },

    async photoContent(alertId: string, photoId: string) {
      return one<{
        filename: string
        mediaType: string
        sha256: string
        content: Buffer
        organisationId: string | null
      }>(ALERT_PHOTO_CONTENT_SQL, [alertId, photoId])
    },

    async events(alertId: string) {
      return (
        await db.query<{
          id: number
          kind: AlertEventKind
          at: Date
          data: Record<string, unknown>
          author: AlertPerson
        }>(ALERT_EVENTS_SQL, [alertId])
      ).rows
    },

    /** One page of matching alerts and how many match in all; `limit` null returns every match. */
    async list(
      scope: AlertRowScope,
      filter: AlertFilter,
      sort: AlertSort[],
      page: { limit: number | null; offset: number; withGeometry?: boolean },
    ): Promise<{ rows: (AlertSummaryRow & { geometry?: unknown })[]; numberMatched: number }> {
      const where = whereClause(scope, filter)
      const count = await one<{ count: number }>(
        `SELECT count(*)::int AS count FROM alert AS a ${where.sql}`,
        where.params,
      )
      const n = where.params.length
      const { rows } = await db.query<AlertSummaryRow>(
        `SELECT ${ALERT_SUMMARY_COLUMNS}${page.withGeometry ? ', ST_AsGeoJSON(a.geom, 7)::jsonb AS geometry' : ''}
         ${ALERT_SUMMARY_FROM} ${where.sql}
         ORDER BY ${orderBy(sort)} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...where.params, page.limit, page.offset],
      )
      return { rows, numberMatched: count!.count }
    },

    /** Summaries of the given alerts, in the given order. */
    async summaries(ids: string[]): Promise<AlertSummaryRow[]> {
      const { rows } = await db.query<AlertSummaryRow>(
        `SELECT ${ALERT_SUMMARY_COLUMNS} ${ALERT_SUMMARY_FROM} WHERE a.id = ANY($1::uuid[])
         ORDER BY array_position($1::uuid[], a.id)`,
        [ids],
      )
      return rows
    },

    async badges(organisationId: string | null) {
      return (
        await db.query<{
          collection: string
          featureId: string
          severity: AlertSeverity
          count: number
          anchor: [number, number]
        }>(BADGES_SQL, [organisationId])
      ).rows
    },

    async findIdempotencyKey(userId: string, key: string) {
      return one<{ requestHash: string; alertId: string }>(FIND_IDEMPOTENCY_KEY_SQL, [userId, key])
    },

    /** Whether the key was claimed for this alert (false: another request holds it already). */
    async claimIdempotencyKey(userId: string, key: string, requestHash: string, alertId: string) {
      const { rowCount } = await db.query(INSERT_IDEMPOTENCY_KEY_SQL, [userId, key, requestHash, alertId])
      return rowCount === 1
    },

    /**
     * A page of matching alerts as OGC features: the summary plus description and geometry, newest
     * observation first, and how many match in all.
     */
    async featurePage(
      scope: AlertRowScope,
      filter: AlertFilter,
      page: { limit: number; offset: number },
    ): Promise<{ rows: AlertFeaturePageRow[]; numberMatched: number }> {
      const where = whereClause(scope, filter)
      const count = await one<{ count: number }>(
        `SELECT count(*)::int AS count FROM alert AS a ${where.sql}`,
        where.params,
      )
      const n = where.params.length
      const { rows } = await db.query<AlertFeaturePageRow>(
        `SELECT ${ALERT_SUMMARY_COLUMNS}, ${ALERT_FEATURE_COLUMNS}
         ${ALERT_SUMMARY_FROM} ${where.sql}
         ORDER BY ${orderBy([{ key: 'observedOn', descending: true }])} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...where.params, page.limit, page.offset],
      )
      return { rows, numberMatched: count!.count }
    },

    /** Count, CRS84 bounding box (null when none) and observed-date span of the alerts in scope. */
    async extent(organisationId: string | null) {
      return (await one<{
        count: number
        bbox: [number, number, number, number] | null
        first: string | null
        last: string | null
      }>(ALERT_EXTENT_SQL, [organisationId]))!
    },

    /** The latest `limit` events of the alerts in scope (one organisation's, or all when null), newest first. */
    async latestEvents(organisationId: string | null, limit: number): Promise<AlertEventWithAlertRow[]> {
      return (await db.query<AlertEventWithAlertRow>(LATEST_EVENTS_SQL, [organisationId, limit])).rows
    },
  }
}

export type AlertsRepo = ReturnType<typeof createAlertsRepo>
