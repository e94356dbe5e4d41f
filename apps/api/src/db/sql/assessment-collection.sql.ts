import { ASSESSMENT_CQL2_QUERYABLES, type Cql2Filter } from '@heritage-watch/shared'
import { assessmentInScope } from './assessment-scope.sql.ts'
import { type Cql2Columns, cql2Condition } from './cql2.sql.ts'

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

const ASSESSMENT_SCALAR_COLUMNS: Record<string, string> = {
  condition: 'a.condition',
  trend: 'a.trend',
  occupancy: 'a.occupancy',
  priority: 'a.priority',
  status: 'a.status',
  collection: 'a.collection',
}

/** The constats' queryables on their table: the visit day is an instant, the anchor the geometry. */
const ASSESSMENT_CQL2_COLUMNS: Cql2Columns = {
  queryables: ASSESSMENT_CQL2_QUERYABLES,
  scalar: (name) => {
    const column = ASSESSMENT_SCALAR_COLUMNS[name]
    if (!column) throw new Error(`constats have no queryable ${name}`)
    return column
  },
  temporal: () => ({ start: 'a.visited_on', end: 'a.visited_on', present: 'TRUE' }),
  geometry: 'a.anchor',
}

/**
 * The page (newest visit first) and count of /items: $1–$13 as FILTERED says, then the CQL2 filter's
 * values (`values`), then the page's limit and offset.
 */
export function assessmentFeatureQueries(cql2: Cql2Filter | undefined) {
  const values: unknown[] = []
  const parameter = (value: unknown) => {
    values.push(value)
    return `$${13 + values.length}`
  }
  const filtered = cql2
    ? `${FILTERED}\n  AND ${cql2Condition(cql2, ASSESSMENT_CQL2_COLUMNS, parameter)}`
    : FILTERED
  const limit = 14 + values.length
  return {
    values,
    page: `
SELECT a.id, 'C-' || lpad(a.number::text, 6, '0') AS number, a.collection, a.feature_id AS "featureId", a.label,
       to_char(a.visited_on, 'YYYY-MM-DD') AS "visitedOn", a.condition, a.trend, a.occupancy, a.priority,
       a.threats, a.note, a.origin, a.source, a.status, a.organisation_id AS "organisationId",
       u.display_name AS author, o.name AS organisation, a.created_at AS "createdAt",
       ST_AsGeoJSON(a.anchor, 7)::jsonb AS geometry
${filtered}
ORDER BY a.visited_on DESC, a.number DESC
LIMIT $${limit} OFFSET $${limit + 1}`,
    count: `SELECT count(*)::int AS count ${filtered}`,
  }
}

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
