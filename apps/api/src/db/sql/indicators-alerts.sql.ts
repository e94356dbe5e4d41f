import { AREA_CTE, inArea, PERIOD_END, PERIOD_START } from './indicators-area.sql.ts'

// The alerts' indicators. Parameters: see indicators-area.sql.ts. An alert belongs to the period by its
// creation (when it was reported), and to the property or the buffer zone by the context PostGIS stored
// with it when it was created (AlertContextSchema inProperty / inBufferZone), which needs no spatial join
// of every alert with the layers.

/** The alerts of the area and period, with the few columns the figures read (no wide row is copied). */
const SCOPED_ALERTS = `
scoped AS (
  SELECT a.id, a.status, a.severity, a.category, a.created_at, a.reporter_id,
         CASE WHEN (a.context->>'inProperty')::boolean THEN 'bien'
              WHEN (a.context->>'inBufferZone')::boolean THEN 'zone_tampon'
              ELSE 'hors' END AS zone
  FROM alert AS a
  WHERE a.created_at >= ${PERIOD_START} AND a.created_at < ${PERIOD_END} AND ${inArea('a.geom')}
)`

/** Counts by status, severity, category, month of creation and zone, and the total: one scan. */
export const ALERT_BREAKDOWN_SQL = `
WITH ${AREA_CTE}, ${SCOPED_ALERTS},
-- One hash aggregate over the alerts, then the grouping sets over its few thousand groups.
-- The month is formatted per group, not per alert (time-zone arithmetic is the costly part).
grouped AS (
  SELECT status, severity, category, zone, date_trunc('month', created_at, 'Europe/Paris') AS month_start,
         count(*) AS alerts
  FROM scoped
  GROUP BY 1, 2, 3, 4, 5
),
labelled AS (
  SELECT status, severity, category, zone, alerts,
         to_char(month_start AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month
  FROM grouped
)
SELECT CASE WHEN GROUPING(status) = 0 THEN 'status'
            WHEN GROUPING(severity) = 0 THEN 'severity'
            WHEN GROUPING(category) = 0 THEN 'category'
            WHEN GROUPING(month) = 0 THEN 'month'
            WHEN GROUPING(zone) = 0 THEN 'zone'
            ELSE 'total' END AS section,
       COALESCE(status, severity, category, month, zone, 'total') AS key,
       sum(alerts)::int AS count
FROM labelled
GROUP BY GROUPING SETS ((status), (severity), (category), (month), (zone), ())`

/**
 * Time to first response: from the creation to the first event by somebody other than the reporter, or
 * to the first status change whoever made it. Time to resolution: to the change to 'resolue'. In hours,
 * median and 90th percentile over the alerts that have one.
 */
export const ALERT_DELAYS_SQL = `
WITH ${AREA_CTE}, ${SCOPED_ALERTS},
marks AS (
  SELECT s.created_at,
         min(e.at) FILTER (WHERE e.author_id <> s.reporter_id OR e.kind = 'status') AS responded_at,
         min(e.at) FILTER (WHERE e.kind = 'status' AND e.data->>'to' = 'resolue') AS resolved_at
  FROM scoped AS s JOIN alert_event AS e ON e.alert_id = s.id AND e.kind <> 'created'
  GROUP BY s.id, s.created_at
),
hours AS (
  SELECT extract(epoch FROM responded_at - created_at)::float8 / 3600 AS response,
         extract(epoch FROM resolved_at - created_at)::float8 / 3600 AS resolution
  FROM marks
)
SELECT count(response)::int AS "responseCount",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY response) AS "responseMedian",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY response) AS "responseP90",
       count(resolution)::int AS "resolutionCount",
       percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution) AS "resolutionMedian",
       percentile_cont(0.9) WITHIN GROUP (ORDER BY resolution) AS "resolutionP90"
FROM hours`

/** The development-pressure categories (issue #10 §5): works and building projects. */
export const PRESSURE_CATEGORIES = ['travaux_non_conformes', 'projet_construction']

/** Pressure alerts in the buffer zone, by commune (an alert over two communes counts in both). $6 categories. */
export const ALERT_PRESSURE_SQL = `
WITH ${AREA_CTE}
SELECT commune->>'id' AS key, min(commune->>'label') AS label, count(*)::int AS count
FROM alert AS a CROSS JOIN LATERAL jsonb_array_elements(a.context->'communes') AS commune
WHERE a.category = ANY($6::text[]) AND (a.context->>'inBufferZone')::boolean
  AND a.created_at >= ${PERIOD_START} AND a.created_at < ${PERIOD_END} AND ${inArea('a.geom')}
GROUP BY commune->>'id'
ORDER BY count DESC, key`

/** The month of the first alert ever reported, where the month series starts when no period is given. */
export const FIRST_ALERT_MONTH_SQL = `
SELECT to_char(min(created_at) AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month FROM alert`
