import { AlertListQuerySchema, DEFAULT_ALERT_SORT } from '@heritage-watch/shared'
import type pg from 'pg'
import { BADGES_SQL } from '../../src/db/sql/alert-read.sql.ts'
import { alertPageQueries } from '../../src/db/sql/alert-list.sql.ts'
import {
  BASIN_ALERT_BREAKDOWN_SQL,
  BASIN_ALERT_DELAYS_ALL_TIME_SQL,
} from '../../src/db/sql/indicators-rollups.sql.ts'
import type { BuiltQuery } from '../../src/db/sql/features.sql.ts'
import { alertListQuery } from '../../src/services/alerts/list-query.ts'
import { SCALE_READS, TOWN_BOX } from './requests.ts'

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
    const { count, page } = alertPageQueries({ kind: 'all' }, { bbox: TOWN_BOX }, [DEFAULT_ALERT_SORT], {
      limit: 100,
      offset: 0,
    })
    return [
      { label: 'count', query: count },
      { label: 'page', query: page },
    ]
  }
  if (key === 'badges') return [{ label: 'badges', query: { text: BADGES_SQL, values: [null] } }]
  // The whole basin over all time: the per-day counts and the delay percentiles walked by bucket.
  if (key === 'indicators')
    return [
      { label: 'breakdown', query: { text: BASIN_ALERT_BREAKDOWN_SQL, values: [null, null] } },
      { label: 'delays', query: { text: BASIN_ALERT_DELAYS_ALL_TIME_SQL, values: [] } },
    ]
  return []
}

/** EXPLAIN (ANALYZE, BUFFERS) of each query of the read `key`, as text. */
export async function explainRead(pool: pg.Pool, key: string): Promise<string[]> {
  const plans: string[] = []
  for (const { label, query } of readQueries(key)) {
    const result = await pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`,
      query.values,
    )
    plans.push(`-- ${label}\n${result.rows.map((row) => row['QUERY PLAN']).join('\n')}`)
  }
  return plans
}
