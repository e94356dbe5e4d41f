import { AREA_CTE, inArea, PERIOD_END, PERIOD_START } from './indicators-area.sql.ts'

// The alerts' indicators. Parameters: see indicators-area.sql.ts. An alert belongs to the period by its
// creation (when it was reported), and to the property or the buffer zone by the context PostGIS stored
// with it when it was created (AlertContextSchema inProperty / inBufferZone), which needs no spatial join
// of every alert with the layers.

const SCOPED_ALERTS = `
scoped AS MATERIALIZED (
  SELECT a.id, a.status, a.severity, a.category, a.created_at, a.reporter_id, a.context
  FROM alert AS a
  WHERE a.created_at >= ${PERIOD_START} AND a.created_at < ${PERIOD_END} AND ${inArea('a.geom')}
)`

/** Counts by status, severity, category, month of creation and zone, and the total: one scan. */
export const ALERT_BREAKDOWN_SQL = `
WITH ${AREA_CTE}, ${SCOPED_ALERTS},
facts AS (
  SELECT status, severity, category,
         to_char(created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month,
         CASE WHEN (context->>'inProperty')::boolean THEN 'bien'
              WHEN (context->>'inBufferZone')::boolean THEN 'zone_tampon'
              ELSE 'hors' END AS zone
  FROM scoped
)
SELECT CASE WHEN GROUPING(status) = 0 THEN 'status'
            WHEN GROUPING(severity) = 0 THEN 'severity'
            WHEN GROUPING(category) = 0 THEN 'category'
            WHEN GROUPING(month) = 0 THEN 'month'
            WHEN GROUPING(zone) = 0 THEN 'zone'
            ELSE 'total' END AS section,
       COALESCE(status, severity, category, month, zone, 'total') AS key,
       count(*)::int AS count
FROM facts
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
         min(e.at) FILTER (WHERE e.kind <> 'created'
                             AND (e.author_id <> s.reporter_id OR e.kind = 'status')) AS responded_at,
         min(e.at) FILTER (WHERE e.kind = 'status' AND e.data->>'to' = 'resolue') AS resolved_at
  FROM scoped AS s JOIN alert_event AS e ON e.alert_id = s.id
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
WITH ${AREA_CTE}, ${SCOPED_ALERTS}
SELECT commune->>'id' AS key, min(commune->>'label') AS label, count(*)::int AS count
FROM scoped CROSS JOIN LATERAL jsonb_array_elements(scoped.context->'communes') AS commune
WHERE scoped.category = ANY($6::text[]) AND (scoped.context->>'inBufferZone')::boolean
GROUP BY commune->>'id'
ORDER BY count DESC, key`

/** The month of the first alert ever reported, where the month series starts when no period is given. */
export const FIRST_ALERT_MONTH_SQL = `
SELECT to_char(min(created_at) AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month FROM alert`
