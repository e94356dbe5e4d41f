import { assessmentInScope } from './assessment-scope.sql.ts'

// What every view of constats reads (issue #10 §2). Columns come out in camelCase. `$org` parameters
// limit rows to one organisation's constats plus the source-derived ones (NULL: all), as
// assessmentScope says: what the sources say of a site is no organisation's.

/** Columns of one constat; joined on `a` (assessment). */
const COLUMNS = `
  a.id, 'C-' || lpad(a.number::text, 6, '0') AS number, a.collection, a.feature_table AS "featureTable",
  a.feature_id AS "featureId", a.label, to_char(a.visited_on, 'YYYY-MM-DD') AS "visitedOn", a.condition,
  a.trend, a.occupancy, a.priority, a.threats, a.note, a.origin, a.source, a.status,
  a.organisation_id AS "organisationId", u.display_name AS author, o.name AS organisation,
  a.created_at AS "createdAt",
  ST_X(a.anchor) AS longitude, ST_Y(a.anchor) AS latitude`

const FROM = `
FROM assessment AS a
LEFT JOIN app_user AS u ON u.id = a.author_id
LEFT JOIN organisation AS o ON o.id = a.organisation_id`

export const ASSESSMENT_DETAIL_SQL = `SELECT ${COLUMNS} ${FROM} WHERE a.id = $1`

/** One feature's constats ($1 table, $2 id) in scope ($3), newest visit first. */
export const ASSESSMENT_SERIES_SQL = `
SELECT ${COLUMNS} ${FROM}
WHERE a.feature_table = $1 AND a.feature_id = $2 AND ${assessmentInScope(3)}
ORDER BY a.visited_on DESC, a.number DESC`

export const ASSESSMENT_PHOTOS_SQL = `
SELECT id, assessment_id AS "assessmentId", filename, media_type AS "mediaType", byte_size AS "byteSize", sha256
FROM assessment_photo WHERE assessment_id = ANY($1::uuid[])
ORDER BY created_at, id`

export const ASSESSMENT_PHOTO_SQL = `
SELECT filename, media_type AS "mediaType", sha256, content
FROM assessment_photo WHERE assessment_id = $1 AND id = $2`

export const ASSESSMENT_EVENTS_SQL = `
SELECT e.id::int AS id, e.assessment_id AS "assessmentId", e.kind, e.at, u.display_name AS author,
       e.data ->> 'comment' AS comment
FROM assessment_event AS e LEFT JOIN app_user AS u ON u.id = e.author_id
WHERE e.assessment_id = ANY($1::uuid[])
ORDER BY e.id`

/**
 * Each feature's latest validated constat in scope ($1), as assessment_latest orders them (visit date, then
 * creation), for the "état" map style.
 */
export const ASSESSMENT_LATEST_SQL = `
SELECT DISTINCT ON (a.feature_table, a.feature_id)
       a.collection, a.feature_id AS id, a.condition, to_char(a.visited_on, 'YYYY-MM-DD') AS "visitedOn"
FROM assessment AS a
WHERE a.status = 'validee' AND ${assessmentInScope(1)}
ORDER BY a.feature_table, a.feature_id, a.visited_on DESC, a.number DESC`

export const SITE_AT_RISK_EXISTS_SQL = `SELECT 1 FROM site_at_risk WHERE id::text = $1`

export const SITE_AT_RISK_FOLLOWUP_SQL = `
SELECT f.site_id AS "siteId", f.fondation_patrimoine_url AS "fondationPatrimoineUrl", f.proprietaire,
       f.protection, f.updated_at AS "updatedAt", u.display_name AS "updatedBy"
FROM site_at_risk_followup AS f LEFT JOIN app_user AS u ON u.id = f.updated_by
WHERE f.site_id = $1`
