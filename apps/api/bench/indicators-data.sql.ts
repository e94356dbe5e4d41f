import {
  ALERT_CATEGORIES,
  ALERT_SEVERITIES,
  ASSESSMENT_CONDITIONS,
  ASSESSMENT_PRIORITIES,
  ASSESSMENT_TRENDS,
} from '@heritage-watch/shared'

// SQL that fills the bench's THROWAWAY database with SYNTHETIC alerts and constats for the indicators
// case. Every row says so ("[bench] synthetic …"); none of it is ever written into data/ or a real database.
// Places are points on real features (terrils, property elements, communes, mine shafts), so that the
// spatial parts of the queries meet real geometries; their context is measured once by PostGIS.

const array = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]`
/** A value of `values` picked by a hash of `seed` (an SQL expression), spread but reproducible. */
const pick = (values: readonly string[], seed: string) =>
  `(${array(values)})[1 + abs(hashint4(${seed})) % ${values.length}]`

export const CREATE_PLACES_SQL = `
CREATE TEMP TABLE bench_place AS
WITH points AS (
  SELECT ST_PointOnSurface(geom) AS geom FROM terril
  UNION ALL SELECT ST_PointOnSurface(geom) FROM property_element
  UNION ALL SELECT ST_PointOnSurface(geom) FROM commune
  UNION ALL SELECT geom FROM mine_shaft
)
SELECT (row_number() OVER ())::int - 1 AS n, p.geom,
       EXISTS (SELECT 1 FROM property_component AS c WHERE ST_Intersects(c.geom, p.geom)) AS in_property,
       EXISTS (SELECT 1 FROM buffer_zone AS z WHERE ST_Intersects(z.geom, p.geom)) AS in_buffer,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('collection', 'communes', 'id', m.id, 'label', m.nom))
                 FROM commune AS m WHERE ST_Intersects(m.geom, p.geom)), '[]'::jsonb) AS communes
FROM points AS p`

export const COUNT_PLACES_SQL = `SELECT count(*)::int AS count FROM bench_place`

/** Alerts $1..$2 (series numbers), by reporter $3, over the last three years; $4 the number of places. */
export const INSERT_ALERTS_SQL = `
INSERT INTO alert (title, description, category, severity, status, observed_on, geom, geometry_origin,
                   context, reporter_id, created_at, updated_at)
SELECT '[bench] synthetic alert ' || g, 'Synthetic alert written by npm run bench in its throwaway database.',
       ${pick(ALERT_CATEGORIES, 'g')}, ${pick(ALERT_SEVERITIES, 'g * 7')},
       (ARRAY['nouvelle', 'prise_en_compte', 'en_cours', 'resolue', 'resolue', 'rejetee'])[1 + abs(hashint4(g * 13)) % 6],
       stamp::date, p.geom, 'drawn',
       jsonb_build_object('components', '[]'::jsonb, 'elements', '[]'::jsonb, 'terrils', '[]'::jsonb,
         'protectedSites', '[]'::jsonb, 'erbmCites', '[]'::jsonb, 'inProperty', p.in_property,
         'inBufferZone', p.in_buffer, 'communes', p.communes),
       $3::uuid, stamp, stamp
FROM generate_series($1::int, $2::int) AS g
CROSS JOIN LATERAL (SELECT now() - make_interval(mins => abs(hashint4(g * 31)) % (3 * 365 * 24 * 60)) AS stamp) AS t
JOIN bench_place AS p ON p.n = abs(hashint4(g * 17)) % $4::int`

/**
 * The history of the alerts numbered above $1: created by the reporter, then a status change by the
 * officer $2 for every alert past 'nouvelle', and the resolution for resolved ones.
 */
export const INSERT_ALERT_EVENTS_SQL = `
INSERT INTO alert_event (alert_id, kind, author_id, at, data)
SELECT a.id, 'created', a.reporter_id, a.created_at, '{}'::jsonb FROM alert AS a WHERE a.number > $1
UNION ALL
SELECT a.id, 'status', $2::uuid, a.created_at + make_interval(hours => 1 + abs(hashint4(a.number)) % 200),
       jsonb_build_object('from', 'nouvelle', 'to', CASE WHEN a.status = 'rejetee' THEN 'rejetee' ELSE 'prise_en_compte' END)
FROM alert AS a WHERE a.number > $1 AND a.status <> 'nouvelle'
UNION ALL
SELECT a.id, 'status', $2::uuid, a.created_at + make_interval(hours => 300 + abs(hashint4(a.number * 3)) % 2000),
       '{"from": "en_cours", "to": "resolue"}'::jsonb
FROM alert AS a WHERE a.number > $1 AND a.status = 'resolue'`

/** Constats $1..$2 by officer $3 on 20 000 synthetic features, over five years; $4 the number of places. */
export const INSERT_ASSESSMENTS_SQL = `
INSERT INTO assessment (collection, feature_table, feature_id, label, visited_on, condition, trend, occupancy,
                        priority, status, author_id, anchor)
SELECT 'bench-synthetic', 'bench_synthetic', 'f' || (g % 20000), '[bench] synthetic feature',
       current_date - abs(hashint4(g * 11)) % 1800,
       ${pick(ASSESSMENT_CONDITIONS, 'g * 3')}, ${pick(ASSESSMENT_TRENDS, 'g * 5')}, 'inconnu',
       ${pick(ASSESSMENT_PRIORITIES, 'g * 19')},
       CASE WHEN abs(hashint4(g * 23)) % 10 = 0 THEN 'proposee' ELSE 'validee' END, $3::uuid, p.geom
FROM generate_series($1::int, $2::int) AS g
JOIN bench_place AS p ON p.n = abs(hashint4((g % 20000) * 29)) % $4::int`

export const MAX_ALERT_NUMBER_SQL = `SELECT COALESCE(max(number), 0)::int AS number FROM alert`
export const ANALYZE_SQL = `ANALYZE alert; ANALYZE alert_event; ANALYZE assessment`
