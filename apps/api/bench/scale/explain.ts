import { AlertListQuerySchema, DEFAULT_ALERT_SORT } from '@heritage-watch/shared'
import type pg from 'pg'
import { BADGES_SQL } from '../../src/db/sql/alert-read.sql.ts'
import {
  ALERT_COLLECTION_COUNT_CAP,
  ALERT_FEATURE_COLUMNS,
  alertCollectionCountQuery,
  alertPageQueries,
  alertsInScopeQuery,
  alertWalkedPageQuery,
  COLLECTION_WALK_MIN_MATCHES,
  collectionWalk,
} from '../../src/db/sql/alert-list.sql.ts'
import {
  BASIN_ALERT_BREAKDOWN_SQL,
  BASIN_ALERT_DELAYS_ALL_TIME_SQL,
  BASIN_PRESSURE_SQL,
} from '../../src/db/sql/indicators-rollups.sql.ts'
import { PRESSURE_CATEGORIES } from '../../src/db/sql/indicators-alerts.sql.ts'
import type { BuiltQuery } from '../../src/db/sql/features.sql.ts'
import { alertListQuery } from '../../src/services/alerts/list-query.ts'
import { SCALE_READS, TOWN_BOX } from './requests.ts'

/** The collection's page as the bench asks for it (requests.ts). */
const COLLECTION_PAGE = { limit: 100, offset: 0 }

// The SQL behind each read of the scale bench, built by the API's own builders (never a copy), so that
// a read that does not stay flat can be shown with its EXPLAIN (ANALYZE, BUFFERS) in the report.

/** The queries the API runs for the read `key` for an officer (who sees every alert). */
export function readQueries(key: string): { label: string; query: BuiltQuery }[] {
  const read = SCALE_READS.find((candidate) => candidate.key === key)
  if (!read) return []
  if (read.path.startsWith('/alerts?')) {
    const raw = Object.fromEntries(new URL(read.path, 'http://bench.invalid').searchParams)
    const list = alertListQuery(AlertListQuerySchema.parse(raw), null)
    const { count, page } = alertPageQueries({ kind: 'all' }, list.filter, list.sort, list)
    return [
      { label: 'count', query: count },
      { label: 'page', query: page },
    ]
  }
  if (key === 'collection-bbox') {
    // With the columns an OGC feature adds (description, comments, photos, geometry), as the API asks.
    const { page } = alertPageQueries({ kind: 'all' }, { bbox: TOWN_BOX }, [DEFAULT_ALERT_SORT], {
      ...COLLECTION_PAGE,
      extraColumns: ALERT_FEATURE_COLUMNS,
    })
    const count = alertCollectionCountQuery({ kind: 'all' }, { bbox: TOWN_BOX }).query
    return [
      { label: `count (up to ${ALERT_COLLECTION_COUNT_CAP + 1})`, query: count },
      { label: 'page', query: page },
    ]
  }
  if (key === 'badges') return [{ label: 'badges', query: { text: BADGES_SQL, values: [null] } }]
  // The whole basin over all time: the per-day counts, the delay percentiles walked by bucket, and the
  // building pressure in the buffer zone per commune (its per-day counts grow with day × category × commune).
  if (key === 'indicators')
    return [
      { label: 'breakdown', query: { text: BASIN_ALERT_BREAKDOWN_SQL, values: [null, null] } },
      { label: 'delays', query: { text: BASIN_ALERT_DELAYS_ALL_TIME_SQL, values: [] } },
      { label: 'pressure', query: { text: BASIN_PRESSURE_SQL, values: [null, null, PRESSURE_CATEGORIES] } },
    ]
  return []
}

/**
 * The statements the API runs for the collection's page, as its repo chooses them (alert-read-repo.ts
 * `featurePage`): the count; with many matches, the alerts in scope and the page walked down the date
 * index; the page of every match when there is no walk or it found no whole page.
 */
async function collectionQueries(pool: pg.Pool): Promise<{ label: string; query: BuiltQuery }[]> {
  const [count, page] = readQueries('collection-bbox')
  const matched = (await pool.query<{ count: number }>(count!.query.text, count!.query.values)).rows[0]!.count
  const inScope = alertsInScopeQuery({ kind: 'all' })
  const total = (await pool.query<{ count: number }>(inScope.text, inScope.values)).rows[0]!.count
  const overCap = matched > ALERT_COLLECTION_COUNT_CAP
  const walk =
    matched >= COLLECTION_WALK_MIN_MATCHES
      ? collectionWalk(matched, total, COLLECTION_PAGE, overCap)
      : undefined
  if (!walk) return [count!, page!]
  const walked = alertWalkedPageQuery(
    { kind: 'all' },
    { bbox: TOWN_BOX },
    {
      ...COLLECTION_PAGE,
      walk,
      extraColumns: ALERT_FEATURE_COLUMNS,
    },
  )
  const returned = (await pool.query(walked.text, walked.values)).rowCount
  return [
    count!,
    { label: 'alerts in scope', query: inScope },
    { label: `page walked among the ${walk} newest observations`, query: walked },
    ...(returned === COLLECTION_PAGE.limit ? [] : [page!]),
  ]
}

/** EXPLAIN (ANALYZE, BUFFERS) of each query of the read `key`, as text. */
export async function explainRead(pool: pg.Pool, key: string): Promise<string[]> {
  const plans: string[] = []
  const queries = key === 'collection-bbox' ? await collectionQueries(pool) : readQueries(key)
  for (const { label, query } of queries) {
    const result = await pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`,
      query.values,
    )
    plans.push(`-- ${label}\n${result.rows.map((row) => row['QUERY PLAN']).join('\n')}`)
  }
  return plans
}
