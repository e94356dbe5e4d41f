import type {
  Cql2Filter,
  AlertCategory,
  AlertGeometryOrigin,
  AlertSeverity,
  AlertSort,
  AlertSortKey,
  AlertStatus,
} from '@heritage-watch/shared'
import { ALERT_CQL2_QUERYABLES, DEFAULT_ALERT_SORT } from '@heritage-watch/shared'
import { ALERT_SUMMARY_COLUMNS, ALERT_SUMMARY_JOINS } from './alert-read.sql.ts'
import { SEVERITY_RANK_SQL, STATUS_RANK_SQL } from './alert-values.sql.ts'
import { type Cql2Columns, cql2Condition } from './cql2.sql.ts'
import type { BuiltQuery } from './features.sql.ts'
import { cappedCountQuery, pagedQueries, walkedPageQuery } from './paging.sql.ts'

// The list of alerts (GET /alerts, its exports, the OGC collection): the only alert SQL built from code,
// from the fixed fragments below. Every value becomes a $n parameter; sort columns come from a whitelist.

/** Which alerts a query may return: all, or one organisation's (policy.ts `alertScope`, minus `none`). */
export type AlertRowScope = { kind: 'all' } | { kind: 'organisation'; id: string }

/**
 * The filters of GET /alerts (and of its exports, the OGC collection and the feed) once the API has read
 * them: ids resolved to tables, `me` to an account. The form's shape is `AlertFilter` of packages/shared.
 */
export interface AlertListFilter {
  statuses?: AlertStatus[]
  severities?: AlertSeverity[]
  categories?: AlertCategory[]
  /** The start of a commune's name (compared without case or accents) or its INSEE code. */
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
  /** Where the geometry comes from (the OGC collection's `geometryOrigin`). */
  geometryOrigins?: AlertGeometryOrigin[]
  /** The OGC collection's CQL2 `filter`, held to ALERT_CQL2_QUERYABLES. */
  cql2?: Cql2Filter
}

const ALERT_SCALAR_COLUMNS: Record<string, string> = {
  status: 'a.status',
  severity: 'a.severity',
  category: 'a.category',
  geometryOrigin: 'a.geometry_origin',
}

/** The alerts' queryables on the alert table: the observed day is an instant, a one-day span. */
const ALERT_CQL2_COLUMNS: Cql2Columns = {
  queryables: ALERT_CQL2_QUERYABLES,
  scalar: (name) => {
    const column = ALERT_SCALAR_COLUMNS[name]
    if (!column) throw new Error(`alerts have no queryable ${name}`)
    return column
  },
  temporal: () => ({ start: 'a.observed_on', end: 'a.observed_on', present: 'TRUE' }),
  geometry: 'a.geom',
}

const SORT_COLUMNS: Record<AlertSortKey, string> = {
  observedOn: 'a.observed_on',
  createdAt: 'a.created_at',
  updatedAt: 'a.updated_at',
  severity: SEVERITY_RANK_SQL,
  status: STATUS_RANK_SQL,
  title: 'lower(a.title)',
}

/**
 * The rows of alert_commune or alert_commune_count (migration 0020: each alert's stored communes, names
 * folded; the alerts per commune and name) that a commune
 * filter ($n) matches: its INSEE code, or the start of the name folded (no case, accents or hyphens):
 * "loos" and "Loos-en" find Loos-en-Gohelle, "bethune" finds Béthune. starts_with() rather than LIKE,
 * whose % and _ would be wildcards; on the "C" column a btree serves it.
 */
const COMMUNE_MATCH = (commune: string) =>
  `(c.commune_id = ${commune}::text OR starts_with(c.folded_label, hw_fold(${commune}::text)))`

/** Builds the WHERE of the list from fixed fragments; every value becomes a $n parameter. */
function alertWhere(scope: AlertRowScope, filter: AlertListFilter): { sql: string; params: unknown[] } {
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
  if (filter.geometryOrigins)
    conditions.push(`a.geometry_origin = ANY(${param(filter.geometryOrigins)}::text[])`)
  if (filter.commune !== undefined) {
    conditions.push(`EXISTS (SELECT 1 FROM alert_commune AS c
      WHERE c.alert_id = a.id AND ${COMMUNE_MATCH(param(filter.commune))})`)
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
  if (filter.cql2) conditions.push(cql2Condition(filter.cql2, ALERT_CQL2_COLUMNS, param))
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params }
}

/** The sort keys, then the newest alert first: always a total order, so pages never repeat or skip a row. */
const orderBy = (sort: AlertSort[]) =>
  [
    ...sort.map(({ key, descending }) => `${SORT_COLUMNS[key]} ${descending ? 'DESC' : 'ASC'}`),
    'a.number DESC',
  ].join(', ')

/** What a GeoJSON export adds to the summary: the geometry, 7 decimals (about 1 cm). */
export const ALERT_GEOMETRY_COLUMN = `ST_AsGeoJSON(a.geom, 7)::jsonb AS geometry`
/**
 * What an export adds (issue 11 §3): the description, the number of comments and the photos' ids. Whoever
 * may read an alert reads all of these (comments and photos have no narrower audience than their alert).
 */
export const ALERT_EXPORT_COLUMNS = `a.description,
  (SELECT count(*) FROM alert_event AS ev WHERE ev.alert_id = a.id AND ev.kind = 'comment')::int AS "commentCount",
  ARRAY(SELECT ph.id::text FROM alert_photo AS ph WHERE ph.alert_id = a.id ORDER BY ph.created_at, ph.id) AS "photoIds"`
/** What an OGC feature of the alerts collection adds to the summary: the export's columns and the geometry. */
export const ALERT_FEATURE_COLUMNS = `${ALERT_EXPORT_COLUMNS}, a.geometry_origin AS "geometryOrigin", ${ALERT_GEOMETRY_COLUMN}`

/** The filters alert_facet_count (migration 0020) counts, and its column for each. */
const FACET_FILTERS: Partial<Record<keyof AlertListFilter, string>> = {
  statuses: 'status',
  severities: 'severity',
  categories: 'category',
}

/**
 * The count of the alerts in scope, with any mix of statuses, severities and categories, read from the
 * counts the triggers keep exact in each write's transaction (a few hundred rows at a million alerts,
 * where counting the alerts took most of the desk's time, issue 12 §4); or, for the commune filter alone,
 * the matching alerts counted on alert_commune's index. Undefined when the filter needs the alerts.
 */
function maintainedCount(scope: AlertRowScope, filter: AlertListFilter): BuiltQuery | undefined {
  const given = (Object.keys(filter) as (keyof AlertListFilter)[]).filter((key) => filter[key] !== undefined)
  if (given.length === 1 && given[0] === 'commune' && scope.kind === 'all') {
    // One commune (and name) matched: its kept count. Several: an alert may lie in two of them, so the
    // alerts are counted by two index-only scans, one per way of matching, whose UNION keeps each once.
    return {
      text: `WITH matched AS (SELECT c.alerts FROM alert_commune_count AS c WHERE ${COMMUNE_MATCH('$1')})
        SELECT (CASE WHEN (SELECT count(*) FROM matched) <= 1
                     THEN COALESCE((SELECT sum(alerts) FROM matched), 0)
                     ELSE (SELECT count(*) FROM (
                       SELECT c.alert_id FROM alert_commune AS c WHERE c.commune_id = $1::text
                       UNION
                       SELECT c.alert_id FROM alert_commune AS c
                       WHERE starts_with(c.folded_label, hw_fold($1::text))) AS alerts) END)::int AS count`,
      values: [filter.commune],
    }
  }
  if (!given.every((key) => FACET_FILTERS[key])) return undefined
  const values: unknown[] = []
  const conditions: string[] = []
  if (scope.kind === 'organisation') {
    values.push(scope.id)
    conditions.push(`organisation_id = $${values.length}::uuid`)
  }
  for (const key of given) {
    values.push(filter[key])
    conditions.push(`${FACET_FILTERS[key]} = ANY($${values.length}::text[])`)
  }
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''
  return { text: `SELECT COALESCE(sum(alerts), 0)::int AS count FROM alert_facet_count${where}`, values }
}

/** The alerts in scope matching the filter, as one filtered SELECT read a page at a time. */
function alertSelect(
  scope: AlertRowScope,
  filter: AlertListFilter,
  sort: AlertSort[],
  extraColumns?: string,
) {
  return {
    columns: extraColumns ? `${ALERT_SUMMARY_COLUMNS}, ${extraColumns}` : ALERT_SUMMARY_COLUMNS,
    table: 'alert AS a',
    alias: 'a',
    key: 'a.id',
    // The summary's joins are on required or optional single rows: they never change the count.
    joins: ALERT_SUMMARY_JOINS,
    where: alertWhere(scope, filter),
    orderBy: orderBy(sort),
  }
}

/**
 * The count and one page of the alerts in scope that match the filter, in the given order.
 * @param extraColumns columns after the summary's (the geometry of an export, an OGC feature's)
 */
export function alertPageQueries(
  scope: AlertRowScope,
  filter: AlertListFilter,
  sort: AlertSort[],
  page: { limit: number | null; offset: number; extraColumns?: string },
) {
  const queries = pagedQueries(alertSelect(scope, filter, sort, page.extraColumns), page)
  return { ...queries, count: maintainedCount(scope, filter) ?? queries.count }
}

/** How many alerts are in scope, read from alert_facet_count (migration 0020). */
export function alertsInScopeQuery(scope: AlertRowScope): BuiltQuery {
  return maintainedCount(scope, {})!
}

/**
 * The OGC collection's numberMatched stops at this many matches (more are "unknown", which OGC API -
 * Features lets a server leave out; the next link still pages on). Counting a town's box at a million
 * alerts read its 88 000 matches for a page of 100 (6.4x the time at 10,000 alerts, issue 12 §4); GIS
 * clients page on until a short page whatever the count. GET /alerts keeps exact counts (the desk shows them).
 */
export const ALERT_COLLECTION_COUNT_CAP = 10_000

/**
 * The count for a page of the OGC collection: the kept counts when the filter has them (exact and cheap
 * at any size), otherwise the matches counted no further than the cap (`capped`: a count over the cap
 * means "more than the cap").
 */
export function alertCollectionCountQuery(
  scope: AlertRowScope,
  filter: AlertListFilter,
  cap = ALERT_COLLECTION_COUNT_CAP,
): { query: BuiltQuery; capped: boolean } {
  const kept = maintainedCount(scope, filter)
  if (kept) return { query: kept, capped: false }
  return { query: cappedCountQuery(alertSelect(scope, filter, [DEFAULT_ALERT_SORT]), cap), capped: true }
}

/** Below this many matches a page reads them all: the walk's extra statement would cost more. */
export const COLLECTION_WALK_MIN_MATCHES = 5_000

/**
 * How many of the newest observations a page of the OGC collection (newest observation first) should
 * look among before every match (`walkedPageQuery`), or undefined to read every match at once. The walk
 * pays when the matches are many and so spread among all alerts that twice the rows expected to hold
 * the page are fewer than the matches (or, when the count stopped at its cap, than the alerts in scope): a town's box at a million alerts holds 88 000 of them, the page is
 * 100, so ~2 300 rows instead of 88 000 fetched and sorted. Few matches (a street, a rare filter) are
 * cheaper to read at once.
 */
export function collectionWalk(
  matched: number,
  inScope: number,
  page: { limit: number; offset: number },
  atLeast = false,
): number | undefined {
  if (matched < COLLECTION_WALK_MIN_MATCHES || page.limit <= 0) return undefined
  const walk = Math.ceil((2 * (page.offset + page.limit) * inScope) / matched)
  // `atLeast`: a capped count, so the matches are more and the walk is longer than it needs to be; it
  // still pays while it reads fewer rows than the alerts in scope.
  return walk < (atLeast ? inScope : matched) ? walk : undefined
}

/** A page of the OGC collection, newest observation first, found by walking the date index first. */
export function alertWalkedPageQuery(
  scope: AlertRowScope,
  filter: AlertListFilter,
  page: { limit: number; offset: number; walk: number; extraColumns: string },
): BuiltQuery {
  return walkedPageQuery(alertSelect(scope, filter, [DEFAULT_ALERT_SORT], page.extraColumns), page)
}
