// The whole basin's indicators read from the counts that migration 0012 keeps by triggers, in the same
// transaction as every write (so they are exact, not cached). They answer what ALERT_BREAKDOWN_SQL,
// ALERT_DELAYS_SQL, ALERT_PRESSURE_SQL, ASSESSMENT_ZONES_SQL and ASSESSMENT_LATEST_SQL answer for
// $1 = 'bassin', with the same rows. Parameters: $1 first day, $2 last day of the period (inclusive French
// days; NULL when open); the counts are kept per French day, so any period reads them.

const IN_PERIOD = (column: string) =>
  `${column} >= COALESCE($1::date, '-infinity') AND ${column} <= COALESCE($2::date, 'infinity')`

/** Counts by status, severity, category, month and zone, and the total (status counts every alert once). */
export const BASIN_ALERT_BREAKDOWN_SQL = `
WITH days AS (SELECT day, dimension, key, alerts FROM alert_day_count WHERE ${IN_PERIOD('day')})
SELECT dimension AS section, key, sum(alerts)::int AS count FROM days GROUP BY dimension, key
UNION ALL
SELECT 'month', to_char(day, 'YYYY-MM'), sum(alerts)::int FROM days WHERE dimension = 'status' GROUP BY 2
UNION ALL
SELECT 'total', 'total', sum(alerts)::int FROM days WHERE dimension = 'status'`

/**
 * Delays over the narrow alert_delay rows (one per answered alert) instead of a join of alert and
 * alert_event. The percentiles still sort the period's values: exact, and ~tens of ms for 100k.
 */
export const BASIN_ALERT_DELAYS_SQL = `
SELECT count(response_hours)::int AS "responseCount",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY response_hours) AS "responseMedian",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY response_hours) AS "responseP90",
       count(resolution_hours)::int AS "resolutionCount",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_hours) AS "resolutionMedian",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY resolution_hours) AS "resolutionP90"
FROM alert_delay
WHERE created_at >= COALESCE(($1::date)::timestamp AT TIME ZONE 'Europe/Paris', '-infinity')
  AND created_at < COALESCE(($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris', 'infinity')`

/** Pressure alerts in the buffer zone by commune; $3 the categories. */
export const BASIN_PRESSURE_SQL = `
SELECT commune_id AS key, min(label) AS label, sum(alerts)::int AS count
FROM alert_buffer_commune_count
WHERE category = ANY($3::text[]) AND ${IN_PERIOD('day')}
GROUP BY commune_id
ORDER BY count DESC, key`

/** Validated constats of the period by zone, and their total. */
export const BASIN_ASSESSMENT_ZONES_SQL = `
SELECT CASE WHEN GROUPING(zone) = 0 THEN 'zone' ELSE 'total' END AS section,
       COALESCE(zone, 'total') AS key, sum(constats)::int AS count
FROM assessment_zone_count
WHERE ${IN_PERIOD('visited_on')}
GROUP BY GROUPING SETS ((zone), ())`

/**
 * Features by their latest constat's condition, trend and priority, today (a period with an end needs the
 * history: ASSESSMENT_LATEST_SQL). 'features' is always given, 0 when there is none.
 */
export const BASIN_ASSESSMENT_LATEST_SQL = `
SELECT dimension AS section, key, features AS count FROM assessment_latest_count WHERE dimension <> 'features'
UNION ALL
SELECT 'features', 'features', COALESCE(sum(features), 0)::int FROM assessment_latest_count
WHERE dimension = 'features'`
