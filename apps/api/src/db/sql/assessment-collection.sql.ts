import { assessmentInScope } from './assessment-scope.sql.ts'

// The constats as an OGC collection (issue #10 §2). $1 is the organisation scope (NULL: all; else that
// organisation's constats and the source-derived ones), as in assessment-read.sql.ts.

const IN_SCOPE = assessmentInScope(1)

/**
 * The filters of /items: $2–$6 value lists (NULL: any), $7 a collection, $8/$9 the visit interval, $10–$13
 * a CRS84 bbox on the constat's point.
 */
const FILTERED = `
FROM assessment AS a
LEFT JOIN app_user AS u ON u.id = a.author_id
LEFT JOIN organisation AS o ON o.id = a.organisation_id
WHERE ${IN_SCOPE}
  AND ($2::text[] IS NULL OR a.condition = ANY($2::text[]))
  AND ($3::text[] IS NULL OR a.trend = ANY($3::text[]))
  AND ($4::text[] IS NULL OR a.occupancy = ANY($4::text[]))
  AND ($5::text[] IS NULL OR a.priority = ANY($5::text[]))
  AND ($6::text[] IS NULL OR a.status = ANY($6::text[]))
  AND ($7::text IS NULL OR a.collection = $7::text)
  AND ($8::date IS NULL OR a.visited_on >= $8::date)
  AND ($9::date IS NULL OR a.visited_on <= $9::date)
  AND ($10::float8 IS NULL OR a.anchor && ST_MakeEnvelope($10::float8, $11::float8, $12::float8, $13::float8, 4326))`

/** A page ($14 limit, $15 offset), newest visit first. */
export const ASSESSMENT_FEATURE_PAGE_SQL = `
SELECT a.id, 'C-' || lpad(a.number::text, 6, '0') AS number, a.collection, a.feature_id AS "featureId", a.label,
       to_char(a.visited_on, 'YYYY-MM-DD') AS "visitedOn", a.condition, a.trend, a.occupancy, a.priority,
       a.threats, a.note, a.origin, a.source, a.status, a.organisation_id AS "organisationId",
       u.display_name AS author, o.name AS organisation, a.created_at AS "createdAt",
       ST_AsGeoJSON(a.anchor, 7)::jsonb AS geometry
${FILTERED}
ORDER BY a.visited_on DESC, a.number DESC
LIMIT $14 OFFSET $15`

export const ASSESSMENT_FEATURE_COUNT_SQL = `SELECT count(*)::int AS count ${FILTERED}`

/** One constat as a feature ($1 its id); the caller checks who may see it. */
export const ASSESSMENT_FEATURE_SQL = `
SELECT a.id, 'C-' || lpad(a.number::text, 6, '0') AS number, a.collection, a.feature_id AS "featureId", a.label,
       to_char(a.visited_on, 'YYYY-MM-DD') AS "visitedOn", a.condition, a.trend, a.occupancy, a.priority,
       a.threats, a.note, a.origin, a.source, a.status, a.organisation_id AS "organisationId",
       u.display_name AS author, o.name AS organisation, a.created_at AS "createdAt",
       ST_AsGeoJSON(a.anchor, 7)::jsonb AS geometry
FROM assessment AS a
LEFT JOIN app_user AS u ON u.id = a.author_id
LEFT JOIN organisation AS o ON o.id = a.organisation_id
WHERE a.id = $1`

/** Count, CRS84 bounding box and visit span of the constats in scope. */
export const ASSESSMENT_EXTENT_SQL = `
SELECT s.count,
       CASE WHEN s.box IS NULL THEN NULL ELSE jsonb_build_array(
         round(ST_XMin(s.box)::numeric, 7)::float8, round(ST_YMin(s.box)::numeric, 7)::float8,
         round(ST_XMax(s.box)::numeric, 7)::float8, round(ST_YMax(s.box)::numeric, 7)::float8) END AS bbox,
       to_char(s.first, 'YYYY-MM-DD') AS first, to_char(s.last, 'YYYY-MM-DD') AS last
FROM (SELECT count(*)::int AS count, ST_Extent(a.anchor) AS box, min(a.visited_on) AS first,
             max(a.visited_on) AS last
      FROM assessment AS a WHERE ${IN_SCOPE}) AS s`
