// The whole basin's indicators read from the counts that migration 0012 keeps by triggers, in the same
// transaction as every write (so they are exact, not cached). They answer what ALERT_BREAKDOWN_SQL,
// ALERT_DELAYS_SQL, ALERT_PRESSURE_SQL, ASSESSMENT_ZONES_SQL and ASSESSMENT_LATEST_SQL answer for
// $1 = 'bassin', with the same rows. Parameters: $1 first day, $2 last day of the period (inclusive French
// days; NULL when open); the counts are kept per French day, so any period reads them.

const IN_PERIOD = (column: string) =>
  `${column} >= COALESCE($1::date, '-infinity') AND ${column} <= COALESCE($2::date, 'infinity')`

// The alert counts are also kept per month (migration 0022): a period reads its whole months there and
// the days of its partial first and last months per day, so all time reads a few hundred rows instead
// of every day's (24 000 and 147 000 at a million alerts). The whole months are [WHOLE_FROM, WHOLE_TO):
// from the first month that starts on or after the first day, to the month of the day after the last.
const WHOLE_FROM = `COALESCE((date_trunc('month', ($1::date - 1)::timestamp) + interval '1 month')::date, '-infinity'::date)`
const WHOLE_TO = `COALESCE(date_trunc('month', ($2::date + 1)::timestamp)::date, 'infinity'::date)`
const IN_WHOLE_MONTHS = `month >= ${WHOLE_FROM} AND month < ${WHOLE_TO}`
/**
 * The period's days outside its whole months, as two ranges: before WHOLE_FROM, and from the later of
 * WHOLE_FROM and WHOLE_TO (when the period lies within one month, WHOLE_TO comes first and the first
 * range holds every day).
 */
const EDGE_DAYS = [
  `${IN_PERIOD('day')} AND day < ${WHOLE_FROM}`,
  `${IN_PERIOD('day')} AND day >= GREATEST(${WHOLE_FROM}, ${WHOLE_TO})`,
]

/** Counts by status, severity, category, month and zone, and the total (status counts every alert once). */
export const BASIN_ALERT_BREAKDOWN_SQL = `
WITH counts AS (
  SELECT month, dimension, key, alerts FROM alert_month_count WHERE ${IN_WHOLE_MONTHS}
  UNION ALL
  SELECT month_start(day), dimension, key, alerts FROM alert_day_count WHERE ${EDGE_DAYS[0]}
  UNION ALL
  SELECT month_start(day), dimension, key, alerts FROM alert_day_count WHERE ${EDGE_DAYS[1]}
)
SELECT dimension AS section, key, sum(alerts)::int AS count FROM counts GROUP BY dimension, key
UNION ALL
SELECT 'month', to_char(month, 'YYYY-MM'), sum(alerts)::int FROM counts WHERE dimension = 'status' GROUP BY 2
UNION ALL
SELECT 'total', 'total', sum(alerts)::int FROM counts WHERE dimension = 'status'`

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

/**
 * The same figures for all time (no period), without sorting every answered alert (issue 12 §4): the
 * counts per bucket of hours (migration 0020) say in which bucket the k-th value lies, and the index on
 * (bucket, hours) walks from that bucket's start to it. Exact: the same positions and interpolation as
 * percentile_cont (floor(p·(n−1)), then lo + (hi − lo)·fraction), which the tests compare.
 */
export const BASIN_ALERT_DELAYS_ALL_TIME_SQL = `
WITH counts AS (
  SELECT kind, bucket, alerts,
         sum(alerts) OVER (PARTITION BY kind ORDER BY bucket) - alerts AS before,
         sum(alerts) OVER (PARTITION BY kind) AS total
  FROM alert_delay_bucket_count
),
wanted AS (
  SELECT c.kind, p.percentile, p.exact, p.position, c.bucket, p.position - c.before AS skip
  FROM counts AS c
  CROSS JOIN LATERAL (
    SELECT v.percentile, v.percentile * (c.total - 1) AS exact,
           floor(v.percentile * (c.total - 1))::bigint AS position
    FROM (VALUES (0.5::float8), (0.9::float8)) AS v (percentile)) AS p
  WHERE p.position >= c.before AND p.position < c.before + c.alerts
),
-- The k-th value and the next one (percentile_cont interpolates between them; the next may lie in a
-- later bucket, hence no upper bound on the walk).
valued AS MATERIALIZED (
  SELECT w.kind, w.percentile, w.exact, w.position,
         CASE w.kind
           WHEN 'response' THEN ARRAY(
             SELECT d.response_hours FROM alert_delay AS d
             WHERE d.response_hours IS NOT NULL
               AND (alert_delay_bucket(d.response_hours), d.response_hours) >= (w.bucket, '-infinity'::float8)
             ORDER BY alert_delay_bucket(d.response_hours), d.response_hours OFFSET w.skip LIMIT 2)
           ELSE ARRAY(
             SELECT d.resolution_hours FROM alert_delay AS d
             WHERE d.resolution_hours IS NOT NULL
               AND (alert_delay_bucket(d.resolution_hours), d.resolution_hours) >= (w.bucket, '-infinity'::float8)
             ORDER BY alert_delay_bucket(d.resolution_hours), d.resolution_hours OFFSET w.skip LIMIT 2)
         END AS pair
  FROM wanted AS w
),
percentiles AS (
  SELECT kind, percentile,
         CASE WHEN exact = position THEN pair[1] ELSE pair[1] + (pair[2] - pair[1]) * (exact - position) END AS hours
  FROM valued
)
SELECT COALESCE((SELECT max(total) FROM counts WHERE kind = 'response'), 0)::int AS "responseCount",
       (SELECT hours FROM percentiles WHERE kind = 'response' AND percentile = 0.5) AS "responseMedian",
       (SELECT hours FROM percentiles WHERE kind = 'response' AND percentile = 0.9) AS "responseP90",
       COALESCE((SELECT max(total) FROM counts WHERE kind = 'resolution'), 0)::int AS "resolutionCount",
       (SELECT hours FROM percentiles WHERE kind = 'resolution' AND percentile = 0.5) AS "resolutionMedian",
       (SELECT hours FROM percentiles WHERE kind = 'resolution' AND percentile = 0.9) AS "resolutionP90"`

/** Pressure alerts in the buffer zone by commune; $3 the categories. */
export const BASIN_PRESSURE_SQL = `
WITH counts AS (
  SELECT commune_id, label, alerts FROM alert_buffer_commune_month_count
  WHERE category = ANY($3::text[]) AND ${IN_WHOLE_MONTHS}
  UNION ALL
  SELECT commune_id, label, alerts FROM alert_buffer_commune_count
  WHERE category = ANY($3::text[]) AND ${EDGE_DAYS[0]}
  UNION ALL
  SELECT commune_id, label, alerts FROM alert_buffer_commune_count
  WHERE category = ANY($3::text[]) AND ${EDGE_DAYS[1]}
)
SELECT commune_id AS key, min(label) AS label, sum(alerts)::int AS count
FROM counts
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
