import { assessmentInScope } from './assessment-scope.sql.ts'

// What a fiche-bilan reads besides the layers (issue #10 §4): a feature's alerts, constats d'état and
// photos, and a cité's ERBM follow-up. A feature is named by (table, id) pairs, $1 tables and $2 ids, as
// alerts and constats store it: an endangered site is also its UNESCO element. $3 limits alerts and
// constats to one organisation (NULL: all); callers that may see none do not run these queries.

/** The pairs ($1 tables, $2 ids) a row's (feature_table, feature_id) must be one of. */
const NAMED = `unnest($1::text[], $2::text[]) AS named(feature_table, feature_id)`

/** The alerts naming the feature, newest observation first, with what the sheet prints of them. */
export const SHEET_ALERTS_SQL = `
SELECT 'A-' || lpad(a.number::text, 6, '0') AS reference, a.title, a.category, a.severity, a.status,
       to_char(a.observed_on, 'YYYY-MM-DD') AS "observedOn", a.created_at AS "createdAt",
       a.updated_at AS "updatedAt", o.name AS organisation
FROM alert AS a
LEFT JOIN organisation AS o ON o.id = a.organisation_id
WHERE EXISTS (SELECT 1 FROM alert_feature AS f JOIN ${NAMED}
                ON f.feature_table = named.feature_table AND f.feature_id = named.feature_id
              WHERE f.alert_id = a.id)
  AND ($3::uuid IS NULL OR a.organisation_id = $3::uuid)
ORDER BY a.observed_on DESC, a.number DESC
LIMIT 50`

/**
 * The feature's latest 200 constats d'état, newest visit first, refused ones left out: a proposal still
 * waiting is printed as such. Source-derived constats are in every account's scope.
 */
export const SHEET_ASSESSMENTS_SQL = `
SELECT a.id, 'C-' || lpad(a.number::text, 6, '0') AS reference,
       to_char(a.visited_on, 'YYYY-MM-DD') AS "visitedOn", a.condition, a.trend, a.occupancy, a.priority,
       a.threats, a.note, a.origin, a.source, a.status, o.name AS organisation
FROM assessment AS a
JOIN ${NAMED} ON a.feature_table = named.feature_table AND a.feature_id = named.feature_id
LEFT JOIN organisation AS o ON o.id = a.organisation_id
WHERE a.status <> 'refusee'
  AND ${assessmentInScope(3)}
ORDER BY a.visited_on DESC, a.number DESC
LIMIT 200`

/**
 * The photos the sheet embeds: those of the constats ($4, uuid[]) and of the alerts naming the feature
 * (when $5 is true), newest first, at most $6 and each under $7 bytes (a larger one is counted, not sent).
 */
export const SHEET_PHOTOS_SQL = `
WITH visible AS (
  SELECT 'constat' AS origin, 'C-' || lpad(a.number::text, 6, '0') AS reference, p.filename,
         p.media_type, p.byte_size, p.content, p.created_at
  FROM assessment_photo AS p JOIN assessment AS a ON a.id = p.assessment_id
  WHERE a.id = ANY($4::uuid[])
  UNION ALL
  SELECT 'alerte', 'A-' || lpad(a.number::text, 6, '0'), p.filename, p.media_type, p.byte_size, p.content,
         p.created_at
  FROM alert_photo AS p JOIN alert AS a ON a.id = p.alert_id
  WHERE $5::boolean
    AND ($3::uuid IS NULL OR a.organisation_id = $3::uuid)
    AND EXISTS (SELECT 1 FROM alert_feature AS f JOIN ${NAMED}
                  ON f.feature_table = named.feature_table AND f.feature_id = named.feature_id
                WHERE f.alert_id = a.id)
)
SELECT origin, reference, filename, media_type AS "mediaType", byte_size AS "byteSize",
       CASE WHEN byte_size <= $7::integer THEN content END AS content, created_at AS "createdAt"
FROM visible
ORDER BY created_at DESC
LIMIT $6::integer`

/** What officers added to an endangered site ($1): its subscription link, owner and protection. */
export const SITE_AT_RISK_FOLLOWUP_SQL = `
SELECT fondation_patrimoine_url AS "fondationPatrimoineUrl", proprietaire, protection,
       updated_at AS "updatedAt"
FROM site_at_risk_followup WHERE site_id = $1`

/** The sheets' index: the 11 endangered sites, then the ERBM cités, priority ones first. */
export const SHEET_INDEX_SQL = `
SELECT 'sites-en-danger' AS collection, id, nom AS label, commune AS communes, NULL AS priority, 0 AS rank
FROM site_at_risk
UNION ALL
SELECT 'cites-erbm', id, COALESCE(nom, nom_2, 'Cité ' || id), array_to_string(communes, ', '),
       priorite_erbm, CASE priorite_erbm WHEN 'oui' THEN 1 WHEN 'inconnue' THEN 2 ELSE 3 END
FROM erbm_cite
ORDER BY rank, label, id`
