import { AREA_CTE, inArea, inPeriod } from './indicators-area.sql.ts'

// The constats' indicators (validated constats only). Parameters: see indicators-area.sql.ts. Counts are of
// the constats visited in the period; conditions are a snapshot: each feature's latest constat visited by
// the period's end, with the order of the assessment_latest view.

const IN_AREA = `(s.anchor IS NOT NULL OR $1::text = 'bassin') AND ${inArea('s.anchor')}`
const BY_THE_END = `s.visited_on <= COALESCE($5::date, 'infinity')`

/** Constats of the period by zone (bien, zone_tampon and not bien, hors), and their total. */
export const ASSESSMENT_ZONES_SQL = `
WITH ${AREA_CTE},
-- Constats of one feature share its anchor: each distinct anchor is placed once.
anchors AS (
  SELECT s.anchor, count(*) AS constats
  FROM assessment AS s
  WHERE s.status = 'validee' AND ${inPeriod('s.visited_on')} AND ${IN_AREA}
  GROUP BY s.anchor
),
zoned AS (
  SELECT constats, CASE
           WHEN EXISTS (SELECT 1 FROM property_component AS p
                        WHERE p.geom && a.anchor AND ST_Intersects(p.geom, a.anchor)) THEN 'bien'
           WHEN EXISTS (SELECT 1 FROM buffer_zone AS z
                        WHERE z.geom && a.anchor AND ST_Intersects(z.geom, a.anchor)) THEN 'zone_tampon'
           ELSE 'hors' END AS zone
  FROM anchors AS a
)
SELECT CASE WHEN GROUPING(zone) = 0 THEN 'zone' ELSE 'total' END AS section,
       COALESCE(zone, 'total') AS key, sum(constats)::int AS count
FROM zoned
GROUP BY GROUPING SETS ((zone), ())`

/** Features by the condition, trend and priority of their latest constat, and how many features. */
export const ASSESSMENT_LATEST_SQL = `
WITH ${AREA_CTE},
latest AS (
  SELECT DISTINCT ON (s.feature_table, s.feature_id) s.condition, s.trend, s.priority
  FROM assessment AS s
  WHERE s.status = 'validee' AND ${BY_THE_END} AND ${IN_AREA}
  ORDER BY s.feature_table, s.feature_id, s.visited_on DESC, s.number DESC
)
SELECT CASE WHEN GROUPING(condition) = 0 THEN 'condition'
            WHEN GROUPING(trend) = 0 THEN 'trend'
            WHEN GROUPING(priority) = 0 THEN 'priority'
            ELSE 'features' END AS section,
       COALESCE(condition, trend, priority, 'features') AS key, count(*)::int AS count
FROM latest
GROUP BY GROUPING SETS ((condition), (trend), (priority), ())`

/**
 * The endangered sites of the area and the latest constat on each by the period's end. A site is also an
 * element of the property (same id), so a constat on either is the site's.
 */
export const SITES_AT_RISK_SQL = `
WITH ${AREA_CTE}
SELECT r.id, r.nom AS name, r.commune, latest.condition, latest.origin,
       to_char(latest.visited_on, 'YYYY-MM-DD') AS "visitedOn"
FROM site_at_risk AS r
LEFT JOIN LATERAL (
  SELECT s.condition, s.origin, s.visited_on FROM assessment AS s
  WHERE s.status = 'validee' AND s.feature_id = r.id
    AND s.feature_table IN ('site_at_risk', 'property_element') AND ${BY_THE_END}
  ORDER BY s.visited_on DESC, s.number DESC
  LIMIT 1
) AS latest ON true
WHERE ${inArea('r.geom')}
ORDER BY r.nom, r.id`
