import { OPEN_STATUSES_SQL } from '../../src/db/sql/alert-values.sql.ts'

// SQL of the scale bench (issue 12 §4) on top of indicators-data.sql.ts, which writes the SYNTHETIC alerts,
// their events and the constats: this adds what the badges need (the features an alert names) and the
// checks that the counts stay right. Only ever run in the bench's throwaway database.

/**
 * Refuses a database that holds alerts the bench did not write: the scale bench grows the alert table
 * to a million rows and must never do so in a database with real alerts.
 */
export const FOREIGN_ALERTS_SQL = `
SELECT count(*)::int AS count FROM alert WHERE title NOT LIKE '[bench] %'`

/**
 * How many alerts there are (all synthetic: FOREIGN_ALERTS_SQL is checked first) and the highest series
 * number the generator has written, read back from its titles (0 when none).
 */
export const SYNTHETIC_ALERTS_SQL = `
SELECT COALESCE(max(substring(title FROM '^\\[bench\\] synthetic alert ([0-9]+)$')::int), 0) AS written,
       count(*)::int AS alerts
FROM alert`

/**
 * The terrils' points as CREATE_PLACES_SQL computes them, with the terril they stand on: a synthetic
 * alert placed on one names that terril, as a partner's would.
 */
export const CREATE_TERRIL_PLACES_SQL = `
CREATE TEMP TABLE IF NOT EXISTS bench_terril_place AS
SELECT ST_PointOnSurface(geom) AS geom, id, COALESCE(nom_usuel, nom, numero) AS label FROM terril`

/** Names the terril under each synthetic alert numbered above $1 (its badge anchor is that point). */
export const INSERT_ALERT_FEATURES_SQL = `
INSERT INTO alert_feature (alert_id, collection, feature_table, feature_id, label, position, anchor)
SELECT a.id, 'terrils', 'terril', t.id, t.label, 0, t.geom
FROM bench_terril_place AS t
JOIN alert AS a ON a.geom && t.geom AND ST_Equals(a.geom, t.geom)
WHERE a.number > $1 AND a.title LIKE '[bench] synthetic alert %'
ON CONFLICT DO NOTHING`

/**
 * Totals counted straight from the tables, for comparison with what the API answers: alerts by status,
 * open alerts per badge, and the alerts in a box (minLon $1, minLat $2, maxLon $3, maxLat $4).
 */
export const INDEPENDENT_TOTALS_SQL = `
SELECT (SELECT count(*) FROM alert)::int AS alerts,
       (SELECT count(*) FROM alert WHERE status = 'nouvelle')::int AS "newAlerts",
       (SELECT count(*) FROM alert AS a JOIN alert_feature AS f ON f.alert_id = a.id
        WHERE a.status IN (${OPEN_STATUSES_SQL}) AND f.anchor IS NOT NULL)::int
         AS "badgeAlerts",
       (SELECT count(*) FROM alert
        WHERE ST_Intersects(geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)))::int AS "inBox"`

/**
 * After a step: the count tables take one upsert per synthetic alert, so a million alerts written in two
 * minutes leave them 50 MB of dead rows for 24 000 live ones, which a live database, written over years
 * and vacuumed as it goes, never holds. They are rewritten (VACUUM FULL, a few seconds), and the alerts
 * vacuumed, so that each size is measured as a database in its steady state would answer.
 */
export const VACUUM_SQL = [
  'VACUUM FULL ANALYZE alert_day_count, alert_buffer_commune_count, alert_badge_count, alert_facet_count, alert_delay_bucket_count',
  'VACUUM ANALYZE alert, alert_feature, alert_delay, alert_commune',
]
