import { ALERT_SEVERITIES, ALERT_STATUSES, OPEN_ALERT_STATUSES } from '@heritage-watch/shared'
import { collectionTable } from '../../collections/collection-tables.ts'

// The queries behind /alerts (issue #4). Values travel as $n parameters; the only SQL built from code
// is the list's WHERE and ORDER BY, assembled in alerts-repo.ts from the fixed fragments below.

const table = (collectionId: string) => collectionTable(collectionId).table
const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ')
/** Open statuses as an SQL list: the statuses that carry badges and duplicate hints. */
export const OPEN_STATUSES_SQL = sqlList(OPEN_ALERT_STATUSES)
/** Orders severities low → critical, statuses as the workflow goes. */
export const SEVERITY_RANK_SQL = `array_position(ARRAY[${sqlList(ALERT_SEVERITIES)}]::text[], a.severity)`
export const STATUS_RANK_SQL = `array_position(ARRAY[${sqlList(ALERT_STATUSES)}]::text[], a.status)`

/**
 * Checks a drawn GeoJSON geometry ($1, CRS84): whether it is valid (and why not), whether the bassin
 * minier covers it, and whether it would if its coordinates were swapped (a [latitude, longitude] mistake).
 * The basin tests only run on a valid geometry, where GEOS cannot fail.
 */
export const CHECK_DRAWN_GEOMETRY_SQL = `
WITH drawn AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) AS geom),
basin AS (SELECT ST_Union(geom) AS geom FROM ${table('bassin-minier')})
SELECT ST_IsValid(d.geom) AS valid,
       CASE WHEN NOT ST_IsValid(d.geom) THEN ST_IsValidReason(d.geom) END AS invalid_reason,
       CASE WHEN ST_IsValid(d.geom) THEN ST_CoveredBy(d.geom, b.geom) END AS in_basin,
       CASE WHEN ST_IsValid(d.geom) THEN ST_CoveredBy(ST_FlipCoordinates(d.geom), b.geom) END AS in_basin_swapped
FROM drawn AS d CROSS JOIN basin AS b`

/** The union of stored geometries ($1, hex EWKB), as hex EWKB: the place of a feature-only alert. */
export const UNION_OF_GEOMETRIES_SQL = `
SELECT ST_Union(g::geometry)::text AS geometry FROM unnest($1::text[]) AS g`

/** A drawn GeoJSON geometry ($1) as hex EWKB, so that every later query starts from the same form. */
export const GEOJSON_TO_EWKB_SQL = `SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326)::text AS geometry`

/** A geometry ($1 hex EWKB) as GeoJSON text with 7 decimals (about 1 cm). */
export const EWKB_TO_GEOJSON_SQL = `SELECT ST_AsGeoJSON($1::geometry, 7) AS geojson`

/** Features, by `$2`'s share threshold, that an alert's geometry really overlaps (not by a sliver). */
function overlapping(alias: string, minShare: string): string {
  return `${alias}.geom && s.geom AND ST_Intersects(${alias}.geom, s.geom)
    AND (SELECT GREATEST(o.share_of_a, o.share_of_b) FROM hw_overlap(s.geom, ${alias}.geom) AS o) >= ${minShare}`
}

/** Property components or elements within $3 metres, nearest first (at most $4), with distances. */
function nearProperty(collectionId: string, label: string): string {
  return `COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', '${collectionId}', 'id', n.id, 'label', n.label,
             'distanceM', n.distance_m, 'contains', n.contains) ORDER BY n.distance_m, n.id)
    FROM (
      SELECT t.id, ${label} AS label, ${overlapping('t', '$2')} AS contains,
             round(ST_Distance(ST_Transform(t.geom, 2154), s.geom_l93)::numeric, 1)::float8 AS distance_m
      FROM ${table(collectionId)} AS t
      WHERE t.geom && ST_Expand(s.geom, $3::float8 / 50000)
        AND ST_DWithin(ST_Transform(t.geom, 2154), s.geom_l93, $3::float8)
      ORDER BY distance_m, t.id
      LIMIT $4
    ) AS n), '[]'::jsonb)`
}

/**
 * The spatial context of an alert's geometry ($1 hex EWKB), as AlertContextSchema: property components
 * and elements within $3 metres (with distances, at most $4 of each), whether it lies in the property
 * or the buffer zone, the sites classés and inscrits it touches (a servitude applies to its very edge),
 * the terrils, ERBM cités and communes it overlaps by at least $2 of either geometry
 * (the upstream layers were simplified to about 10 m, so neighbours overlap by slivers; see
 * feature-context-repo.ts). Distances are in Lambert-93, as everywhere in the API.
 */
export const ALERT_CONTEXT_SQL = `
WITH s AS (SELECT geom, ST_Transform(geom, 2154) AS geom_l93 FROM (SELECT $1::geometry AS geom) AS given)
SELECT jsonb_build_object(
  'components', ${nearProperty('bien-inscrit-composantes', "COALESCE(t.nom, 'Composante ' || t.id)")},
  'elements', ${nearProperty('bien-inscrit-elements', "COALESCE(t.nom, t.nom_2, 'Élément ' || t.id)")},
  'inProperty', EXISTS (SELECT 1 FROM ${table('bien-inscrit-composantes')} AS t WHERE ${overlapping('t', '$2')}),
  'inBufferZone', EXISTS (SELECT 1 FROM ${table('zone-tampon')} AS t WHERE ${overlapping('t', '$2')}),
  'terrils', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', 'terrils', 'id', t.id,
             'label', COALESCE(t.nom, t.nom_usuel, 'Terril ' || t.numero), 'numero', t.numero,
             'classement2016', t.classement_2016, 'classement2016Methode', t.classement_2016_methode)
           ORDER BY t.numero, t.id)
    FROM ${table('terrils')} AS t WHERE ${overlapping('t', '$2')}), '[]'::jsonb),
  'protectedSites', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', 'sites-classes-inscrits', 'id', t.id, 'label', t.nomgen,
             'typesite', t.typesite, 'chaineDesTerrils', t.chaine_des_terrils,
             'share', round((SELECT o.share_of_a FROM hw_overlap(s.geom, t.geom) AS o)::numeric, 3)::float8)
           ORDER BY t.chaine_des_terrils DESC, t.nomgen, t.id)
    FROM ${table('sites-classes-inscrits')} AS t WHERE t.geom && s.geom AND ST_Intersects(t.geom, s.geom)), '[]'::jsonb),
  'erbmCites', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', 'cites-erbm', 'id', t.id,
             'label', COALESCE(t.nom, t.nom_2, 'Cité ' || t.id), 'prioriteErbm', t.priorite_erbm,
             'statutUnesco', t.statut_unesco) ORDER BY t.id)
    FROM ${table('cites-erbm')} AS t WHERE ${overlapping('t', '$2')}), '[]'::jsonb),
  'communes', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', 'communes', 'id', t.id, 'label', t.nom) ORDER BY t.nom)
    FROM ${table('communes')} AS t WHERE ${overlapping('t', '$2')}), '[]'::jsonb)
) AS context
FROM s`

/**
 * Open alerts that may be the same as one at $1 (hex EWKB) naming the features ($2 tables, $3 ids):
 * observed or reported in the last $5 days, on one of the same features or within $4 metres. $6 leaves
 * one alert out (the alert itself, or NULL); $7 limits them to one organisation (NULL: all).
 */
export const DUPLICATES_SQL = `
WITH s AS (SELECT $1::geometry AS geom, ST_Transform($1::geometry, 2154) AS geom_l93),
candidates AS (
  SELECT a.id, a.number, a.title, a.status, a.severity, a.observed_on,
    EXISTS (
      SELECT 1 FROM alert_feature AS f JOIN unnest($2::text[], $3::text[]) AS given(feature_table, feature_id)
        ON f.feature_id = given.feature_id AND f.feature_table = given.feature_table
      WHERE f.alert_id = a.id) AS same_feature,
    round(ST_Distance(ST_Transform(a.geom, 2154), s.geom_l93)::numeric, 1)::float8 AS distance_m
  FROM alert AS a CROSS JOIN s
  WHERE a.status IN (${OPEN_STATUSES_SQL})
    AND GREATEST(a.observed_on, a.created_at::date) >= current_date - $5::integer
    AND a.id IS DISTINCT FROM $6::uuid
    AND ($7::uuid IS NULL OR a.organisation_id = $7::uuid)
)
SELECT id, 'A-' || lpad(number::text, 6, '0') AS reference, title, status, severity,
       to_char(observed_on, 'YYYY-MM-DD') AS observed_on,
       CASE WHEN same_feature THEN 'same_feature' ELSE 'nearby' END AS reason, distance_m
FROM candidates
WHERE same_feature OR distance_m <= $4::float8
ORDER BY same_feature DESC, distance_m, observed_on DESC, number
LIMIT 20`

export const INSERT_ALERT_SQL = `
INSERT INTO alert (title, description, category, severity, observed_on, geom, geometry_origin, context,
                   reporter_id, organisation_id)
VALUES ($1, $2, $3, $4, $5::date, $6::geometry, $7, $8::jsonb, $9, $10)
RETURNING id`

/** $1 the alert, then one row per feature from parallel arrays ($6: the features' hex EWKB or NULL). */
export const INSERT_ALERT_FEATURES_SQL = `
INSERT INTO alert_feature (alert_id, collection, feature_table, feature_id, label, position, anchor)
SELECT $1, f.collection, f.feature_table, f.feature_id, f.label, f.position,
       ST_PointOnSurface(f.geometry::geometry)
FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY
  AS f(collection, feature_table, feature_id, label, geometry, position)`

export const INSERT_PHOTO_SQL = `
INSERT INTO alert_photo (alert_id, filename, media_type, byte_size, sha256, content)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id`

export const PHOTO_COUNT_SQL = `SELECT count(*)::int AS count FROM alert_photo WHERE alert_id = $1`

export const INSERT_EVENT_SQL = `
INSERT INTO alert_event (alert_id, kind, author_id, data) VALUES ($1, $2, $3, $4::jsonb)
RETURNING id, at`

/** Touches `updated_at`, with any column change the caller adds. */
export const TOUCH_ALERT_SQL = `UPDATE alert SET updated_at = now() WHERE id = $1`

/** Locks one alert for a change and returns what the change is checked against. */
export const LOCK_ALERT_SQL = `
SELECT id, status, severity, category, title, description, to_char(observed_on, 'YYYY-MM-DD') AS observed_on,
       organisation_id, assignee_id
FROM alert WHERE id = $1 FOR UPDATE`

export const SET_STATUS_SQL = `UPDATE alert SET status = $2, updated_at = now() WHERE id = $1`
export const SET_ASSIGNEE_SQL = `UPDATE alert SET assignee_id = $2, updated_at = now() WHERE id = $1`
export const EDIT_ALERT_SQL = `
UPDATE alert SET category = $2, severity = $3, title = $4, description = $5, observed_on = $6::date,
                 updated_at = now()
WHERE id = $1`

/** An enabled officer or admin, who may be given alerts. */
export const ASSIGNEE_SQL = `
SELECT id, display_name AS "displayName" FROM app_user
WHERE id = $1 AND role IN ('officer', 'admin') AND NOT disabled`
export const ASSIGNEES_SQL = `
SELECT id, display_name AS "displayName" FROM app_user
WHERE role IN ('officer', 'admin') AND NOT disabled ORDER BY display_name, id`

/** What every alert answer shows; joined on `a` (alert). */
export const ALERT_SUMMARY_COLUMNS = `
  a.id, 'A-' || lpad(a.number::text, 6, '0') AS reference, a.title, a.category, a.severity, a.status,
  to_char(a.observed_on, 'YYYY-MM-DD') AS "observedOn", a.created_at AS "createdAt",
  a.updated_at AS "updatedAt", a.organisation_id AS "organisationId",
  jsonb_build_object('id', r.id, 'displayName', r.display_name) AS reporter,
  CASE WHEN o.id IS NULL THEN NULL ELSE jsonb_build_object('id', o.id, 'name', o.name) END AS organisation,
  CASE WHEN s.id IS NULL THEN NULL ELSE jsonb_build_object('id', s.id, 'displayName', s.display_name) END
    AS assignee,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('collection', f.collection, 'id', f.feature_id,
                                                'label', f.label) ORDER BY f.position)
            FROM alert_feature AS f WHERE f.alert_id = a.id), '[]'::jsonb) AS features,
  COALESCE((SELECT jsonb_agg(c ->> 'label') FROM jsonb_array_elements(a.context -> 'communes') AS c),
           '[]'::jsonb) AS communes,
  jsonb_build_array(round(ST_X(p.anchor)::numeric, 7)::float8, round(ST_Y(p.anchor)::numeric, 7)::float8)
    AS anchor,
  (SELECT count(*) FROM alert_photo AS ph WHERE ph.alert_id = a.id)::int AS "photoCount"`

/** The joins ALERT_SUMMARY_COLUMNS needs. */
export const ALERT_SUMMARY_FROM = `
FROM alert AS a
JOIN app_user AS r ON r.id = a.reporter_id
LEFT JOIN organisation AS o ON o.id = a.organisation_id
LEFT JOIN app_user AS s ON s.id = a.assignee_id
CROSS JOIN LATERAL (SELECT ST_PointOnSurface(a.geom) AS anchor) AS p`

export const ALERT_DETAIL_SQL = `
SELECT ${ALERT_SUMMARY_COLUMNS}, a.description, a.context, ST_AsGeoJSON(a.geom, 7)::jsonb AS geometry,
       a.geom::text AS ewkb
${ALERT_SUMMARY_FROM}
WHERE a.id = $1`

export const ALERT_PHOTOS_SQL = `
SELECT id, filename, media_type AS "mediaType", byte_size AS "byteSize", sha256, created_at AS "createdAt"
FROM alert_photo WHERE alert_id = $1 ORDER BY created_at, id`

export const ALERT_PHOTO_CONTENT_SQL = `
SELECT p.filename, p.media_type AS "mediaType", p.sha256, p.content, a.organisation_id AS "organisationId"
FROM alert_photo AS p JOIN alert AS a ON a.id = p.alert_id
WHERE p.alert_id = $1 AND p.id = $2`

export const ALERT_EVENTS_SQL = `
SELECT e.id, e.kind, e.at, e.data, jsonb_build_object('id', u.id, 'displayName', u.display_name) AS author
FROM alert_event AS e JOIN app_user AS u ON u.id = e.author_id
WHERE e.alert_id = $1 ORDER BY e.id`

/** The features of one alert ($1) by table, for its duplicate hints. */
export const ALERT_FEATURE_TABLES_SQL = `
SELECT feature_table AS "table", feature_id AS id FROM alert_feature WHERE alert_id = $1`

/**
 * Per feature with open alerts, the highest severity and how many; $1 limits them to one organisation
 * (NULL: all).
 */
export const BADGES_SQL = `
SELECT f.collection, f.feature_id AS "featureId", count(*)::int AS count,
       (ARRAY[${sqlList(ALERT_SEVERITIES)}])[max(${SEVERITY_RANK_SQL})] AS severity,
       jsonb_build_array(round(ST_X((array_agg(f.anchor))[1])::numeric, 7)::float8,
                         round(ST_Y((array_agg(f.anchor))[1])::numeric, 7)::float8) AS anchor
FROM alert AS a JOIN alert_feature AS f ON f.alert_id = a.id
WHERE a.status IN (${OPEN_STATUSES_SQL}) AND ($1::uuid IS NULL OR a.organisation_id = $1::uuid)
  AND f.anchor IS NOT NULL
GROUP BY f.collection, f.feature_id
ORDER BY f.collection, f.feature_id`

export const FIND_IDEMPOTENCY_KEY_SQL = `
SELECT request_hash AS "requestHash", alert_id AS "alertId"
FROM alert_idempotency_key WHERE user_id = $1 AND key = $2`

/**
 * Claims a key; no row back when another request claimed it first. ON CONFLICT rather than a failing
 * insert: behind pglite-socket a failed statement inside a transaction desynchronises the connection.
 */
export const INSERT_IDEMPOTENCY_KEY_SQL = `
INSERT INTO alert_idempotency_key (user_id, key, request_hash, alert_id) VALUES ($1, $2, $3, $4)
ON CONFLICT (user_id, key) DO NOTHING
RETURNING key`

/**
 * The latest events of the alerts an actor may see, newest first, for the Atom feed: $1 limits them to
 * one organisation's alerts (NULL: all), $2 is how many. Ordered by the event's identity, which follows
 * commit order within one database, so that two events in the same millisecond keep their order.
 */
export const LATEST_EVENTS_SQL = `
SELECT e.id, e.kind, e.at, e.data, a.id AS "alertId", 'A-' || lpad(a.number::text, 6, '0') AS reference,
       a.title, a.status, a.severity, a.category,
       jsonb_build_object('id', u.id, 'displayName', u.display_name) AS author
FROM alert_event AS e
JOIN alert AS a ON a.id = e.alert_id
JOIN app_user AS u ON u.id = e.author_id
WHERE ($1::uuid IS NULL OR a.organisation_id = $1::uuid)
ORDER BY e.id DESC
LIMIT $2`

/**
 * The extent of the alerts an actor may see, for the OGC collection's metadata: how many, their
 * bounding box in CRS84 and their first and last observed dates. $1 limits them to one organisation
 * (NULL: all).
 */
export const ALERT_EXTENT_SQL = `
SELECT s.count,
       CASE WHEN s.box IS NULL THEN NULL ELSE jsonb_build_array(
         round(ST_XMin(s.box)::numeric, 7)::float8, round(ST_YMin(s.box)::numeric, 7)::float8,
         round(ST_XMax(s.box)::numeric, 7)::float8, round(ST_YMax(s.box)::numeric, 7)::float8) END AS bbox,
       to_char(s.first, 'YYYY-MM-DD') AS first, to_char(s.last, 'YYYY-MM-DD') AS last
FROM (SELECT count(*)::int AS count, ST_Extent(geom) AS box, min(observed_on) AS first,
             max(observed_on) AS last
      FROM alert WHERE ($1::uuid IS NULL OR organisation_id = $1::uuid)) AS s`

/** What an OGC feature of the alerts collection adds to the summary: the description and the geometry. */
export const ALERT_FEATURE_COLUMNS = `a.description, ST_AsGeoJSON(a.geom, 7)::jsonb AS geometry`
