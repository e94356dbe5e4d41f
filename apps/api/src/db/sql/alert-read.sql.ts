import { OPEN_STATUSES_SQL, SEVERITIES_ARRAY_SQL, SEVERITY_RANK_SQL } from './alert-values.sql.ts'

// What every view of alerts reads (issue #4): the record, its photos and timeline, duplicate hints,
// badges, the feed's events and the OGC collection's extent. Columns come out in camelCase.

/** What makes an alert `a` a possible duplicate besides its place (DUPLICATES_SQL's $5–$7). */
const OPEN_RECENT_OTHER = `a.status IN (${OPEN_STATUSES_SQL})
    AND GREATEST(a.observed_on, a.created_at::date) >= current_date - $5::integer
    AND a.id IS DISTINCT FROM $6::uuid
    AND ($7::uuid IS NULL OR a.organisation_id = $7::uuid)`

/**
 * Open alerts that may be the same as one at $1 (hex EWKB) naming the features ($2 tables, $3 ids):
 * observed or reported in the last $5 days, on one of the same features or within $4 metres. $6 leaves
 * one alert out (the alert itself, or NULL); $7 limits them to one organisation (NULL: all).
 * The candidates are found through the indexes (the geometry's with a box that holds every point within
 * $4 metres: 1/50 000 degree is at least 1.4 m in this basin, between 50° and 51° north; the features'),
 * not by measuring the distance to every open alert: at a million alerts that took seconds (issue 12 §4).
 * Each candidate is read once, filtered in the index scan that finds it (the box's, or for an alert on
 * the same features outside the box, the primary key's), and measured once (`candidates` is
 * materialized): a pin with 480 open alerts around it cost 14 ms of CPU when the box's rows were read
 * again by organisation and the distance was computed for the filter, the order and the answer, 6.5 after.
 */
export const DUPLICATES_SQL = `
WITH s AS (SELECT $1::geometry AS geom, ST_Transform($1::geometry, 2154) AS geom_l93,
                  ST_Expand($1::geometry, $4::float8 / 50000) AS box),
same AS (
  SELECT f.alert_id FROM alert_feature AS f
  JOIN unnest($2::text[], $3::text[]) AS given(feature_table, feature_id)
    ON f.feature_id = given.feature_id AND f.feature_table = given.feature_table
),
found AS (
  SELECT a.id, a.number, a.title, a.status, a.severity, a.observed_on, a.geom
  FROM alert AS a CROSS JOIN s
  WHERE a.geom && s.box AND ${OPEN_RECENT_OTHER}
  UNION ALL
  SELECT a.id, a.number, a.title, a.status, a.severity, a.observed_on, a.geom
  FROM alert AS a CROSS JOIN s
  WHERE a.id IN (SELECT alert_id FROM same) AND NOT a.geom && s.box AND ${OPEN_RECENT_OTHER}
),
candidates AS MATERIALIZED (
  SELECT f.id, f.number, f.title, f.status, f.severity, f.observed_on,
    f.id IN (SELECT alert_id FROM same) AS same_feature,
    round(ST_Distance(ST_Transform(f.geom, 2154), s.geom_l93)::numeric, 1)::float8 AS distance_m
  FROM found AS f CROSS JOIN s
)
SELECT id, 'A-' || lpad(number::text, 6, '0') AS reference, title, status, severity,
       CASE WHEN same_feature THEN 'same_feature' ELSE 'nearby' END AS reason,
       to_char(observed_on, 'YYYY-MM-DD') AS "observedOn", distance_m AS "distanceM"
FROM candidates
WHERE same_feature OR distance_m <= $4::float8
ORDER BY same_feature DESC, distance_m, observed_on DESC, number
LIMIT 20`

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

/** The joins ALERT_SUMMARY_COLUMNS needs on `a` (alert). */
export const ALERT_SUMMARY_JOINS = `
JOIN app_user AS r ON r.id = a.reporter_id
LEFT JOIN organisation AS o ON o.id = a.organisation_id
LEFT JOIN app_user AS s ON s.id = a.assignee_id
CROSS JOIN LATERAL (SELECT ST_PointOnSurface(a.geom) AS anchor) AS p`

/** The alerts with the joins ALERT_SUMMARY_COLUMNS needs. */
const ALERT_SUMMARY_FROM = `FROM alert AS a ${ALERT_SUMMARY_JOINS}`

export const ALERT_DETAIL_SQL = `
SELECT ${ALERT_SUMMARY_COLUMNS}, a.description, a.context, a.geometry_origin AS "geometryOrigin",
       ST_AsGeoJSON(a.geom, 7)::jsonb AS geometry,
       a.geom::text AS ewkb
${ALERT_SUMMARY_FROM}
WHERE a.id = $1`

export const ALERT_PHOTO_CONTENT_SQL = `
SELECT p.filename, p.media_type AS "mediaType", p.sha256, p.content, a.organisation_id AS "organisationId"
FROM alert_photo AS p JOIN alert AS a ON a.id = p.alert_id
WHERE p.alert_id = $1 AND p.id = $2`

/**
 * One alert's whole record in one round trip (issue 12 §4: a creation read it back in four statements
 * on three connections): ALERT_DETAIL_SQL's columns, then its photos (oldest first), its timeline and its
 * features by table (for its duplicate hints) as JSON arrays. Timestamps inside them are the text the
 * server would send for a timestamptz column, so that the repo parses them exactly as `pg` parses a column.
 */
export const ALERT_RECORD_SQL = `
SELECT ${ALERT_SUMMARY_COLUMNS}, a.description, a.context, a.geometry_origin AS "geometryOrigin",
       ST_AsGeoJSON(a.geom, 7)::jsonb AS geometry,
       a.geom::text AS ewkb,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('id', ph.id, 'filename', ph.filename,
                   'mediaType', ph.media_type, 'byteSize', ph.byte_size, 'sha256', ph.sha256,
                   'createdAt', ph.created_at::text) ORDER BY ph.created_at, ph.id)
                 FROM alert_photo AS ph WHERE ph.alert_id = a.id), '[]'::jsonb) AS photos,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'kind', e.kind, 'at', e.at::text,
                   'data', e.data, 'author', jsonb_build_object('id', u.id, 'displayName', u.display_name))
                   ORDER BY e.id)
                 FROM alert_event AS e JOIN app_user AS u ON u.id = e.author_id
                 WHERE e.alert_id = a.id), '[]'::jsonb) AS events,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('table', f.feature_table, 'id', f.feature_id))
                 FROM alert_feature AS f WHERE f.alert_id = a.id), '[]'::jsonb) AS "featureTables"
${ALERT_SUMMARY_FROM}
WHERE a.id = $1`

/**
 * Per feature with open alerts, the highest severity and how many; $1 limits them to one organisation
 * (NULL: all). Read from the counts migration 0015 keeps by triggers (per feature, organisation and
 * severity), not from the alerts: the same answer in a few hundred rows at a million alerts.
 */
export const BADGES_SQL = `
SELECT a.collection, a.feature_id AS "featureId", sum(a.alerts)::int AS count,
       (${SEVERITIES_ARRAY_SQL})[max(${SEVERITY_RANK_SQL})] AS severity,
       jsonb_build_array(round(ST_X((array_agg(a.anchor))[1])::numeric, 7)::float8,
                         round(ST_Y((array_agg(a.anchor))[1])::numeric, 7)::float8) AS anchor
FROM alert_badge_count AS a
WHERE $1::uuid IS NULL OR a.organisation_id = $1::uuid
GROUP BY a.collection, a.feature_id
ORDER BY a.collection, a.feature_id`

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

/** Summaries of the given alerts ($1 ids), in the given order. */
export const ALERT_SUMMARIES_SQL = `
SELECT ${ALERT_SUMMARY_COLUMNS} ${ALERT_SUMMARY_FROM} WHERE a.id = ANY($1::uuid[])
ORDER BY array_position($1::uuid[], a.id)`

/** The enabled officers and admins, who may be given alerts. */
export const ASSIGNEES_SQL = `
SELECT id, display_name AS "displayName" FROM app_user
WHERE role IN ('officer', 'admin') AND NOT disabled ORDER BY display_name, id`
