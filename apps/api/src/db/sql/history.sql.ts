import { collectionTable } from '../../collections/collection-tables.ts'
import { assessmentInScope } from './assessment-scope.sql.ts'
import { featureLabelSql } from './feature-labels.sql.ts'

// A feature's timeline (issue #10 §1, GET /history): its alerts' events, its constats d'état and, for an
// ERBM cité, its ERBM follow-up, merged newest first in one query so that `limit` cuts the merged list.
// Features are matched by their table (alert_feature.feature_table, assessment.feature_table), so a terril
// seen through `terrils` or `zone-tampon-terrils` has one history. Columns come out in camelCase.

/**
 * The feature's label, or no row when the collection (by its table and fixed filter) has no such id ($1).
 * The collection id comes from the catalogue, never from input.
 */
export function featureLabelQuery(collectionId: string): string {
  const { table, where } = collectionTable(collectionId)
  return `SELECT ${featureLabelSql(collectionId)} AS label
          FROM ${table} AS t WHERE ${where ? `(${where}) AND ` : ''}t.id = $1`
}

const AT = `to_char(x.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
const PERSON = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL
        ELSE jsonb_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name) END`

/**
 * The merged timeline. $1 feature table, $2 feature id; $3 whether alerts are shown at all and $4 the one
 * organisation they are limited to (NULL: all); $5 and $6 the same for constats; $7 the ERBM cité whose
 * follow-up is shown (NULL: none); $8 how many entries (ask one more than shown to know if some are left).
 * Ties on the instant are broken by source and the row's own order, so pages are stable.
 */
export const HISTORY_SQL = `
WITH alerts AS (
  SELECT a.* FROM alert AS a
  WHERE $3::boolean AND ($4::uuid IS NULL OR a.organisation_id = $4::uuid)
    AND EXISTS (SELECT 1 FROM alert_feature AS f
                WHERE f.alert_id = a.id AND f.feature_table = $1 AND f.feature_id = $2)
),
assessments AS (
  SELECT s.* FROM assessment AS s
  WHERE $5::boolean AND ${assessmentInScope(6, 's')}
    AND s.feature_table = $1 AND s.feature_id = $2
),
assessment_facts AS (
  SELECT s.id, jsonb_build_object('condition', s.condition, 'trend', s.trend, 'occupancy', s.occupancy,
           'priority', s.priority, 'threats', to_jsonb(s.threats), 'status', s.status, 'origin', s.origin,
           'source', s.source) AS facts
  FROM assessments AS s
),
entries AS (
  SELECT e.at, CASE WHEN e.kind = 'created' THEN a.observed_on END AS "on", 'alert' AS source, e.kind,
         e.author_id, 'alert' AS item_type, a.id::text AS item_id,
         'A-' || lpad(a.number::text, 6, '0') AS reference, a.title AS label,
         CASE WHEN e.kind = 'created'
              THEN e.data || jsonb_build_object('category', a.category, 'severity', a.severity)
              ELSE e.data END AS data,
         1 AS source_rank, e.id AS row_rank
  FROM alert_event AS e JOIN alerts AS a ON a.id = e.alert_id
  UNION ALL
  SELECT e.at, s.visited_on, 'assessment', e.kind, e.author_id, 'assessment', s.id::text,
         'C-' || lpad(s.number::text, 6, '0'), s.label, facts.facts || e.data, 2, e.id
  FROM assessment_event AS e JOIN assessments AS s ON s.id = e.assessment_id
  JOIN assessment_facts AS facts ON facts.id = s.id
  UNION ALL
  -- A constat written without an event (the endangered sites' source-derived ones, loaded by a
  -- migration or the data load) still has its place in the history, as created.
  SELECT s.created_at, s.visited_on, 'assessment', 'created', s.author_id, 'assessment', s.id::text,
         'C-' || lpad(s.number::text, 6, '0'), s.label, facts.facts, 2, 0
  FROM assessments AS s JOIN assessment_facts AS facts ON facts.id = s.id
  WHERE NOT EXISTS (SELECT 1 FROM assessment_event AS e WHERE e.assessment_id = s.id)
  UNION ALL
  -- The Mission's opinions and the bilans qualitatifs from their own rows (their facts are the
  -- contract's columns); erbm_event gives the other changes, whose rows keep no dated history.
  SELECT o.created_at, o.given_on, 'erbm', 'opinion', o.author_id, 'erbm-cite', o.cite_id, NULL, NULL,
         jsonb_build_object('subject', o.subject, 'verdict', o.verdict, 'dossierNumber', o.dossier_number,
                            'text', o.text), 3, 0
  FROM erbm_opinion AS o WHERE o.cite_id = $7::text
  UNION ALL
  SELECT v.created_at, v.visited_on, 'erbm', 'evaluation', v.author_id, 'erbm-cite', v.cite_id, NULL, NULL,
         jsonb_build_object('scores', jsonb_build_object('habitabilite', v.habitabilite_score,
           'facades', v.facades_score, 'abords', v.abords_score, 'patrimoine', v.patrimoine_score)), 3, 0
  FROM erbm_evaluation AS v WHERE v.cite_id = $7::text
  UNION ALL
  SELECT e.at, NULL, 'erbm', e.kind, e.author_id, 'erbm-cite', e.cite_id, NULL, NULL, e.data, 3, e.id
  FROM erbm_event AS e WHERE e.cite_id = $7::text AND e.kind IN ('followup', 'phase', 'dossier')
)
SELECT ${AT} AS at, to_char(x."on", 'YYYY-MM-DD') AS "on", x.source, x.kind, ${PERSON('u')} AS author,
       x.item_type AS "itemType", x.item_id AS "itemId", x.reference, x.label, x.data
FROM entries AS x LEFT JOIN app_user AS u ON u.id = x.author_id
ORDER BY x.at DESC, x.source_rank, x.row_rank DESC, x.item_id
LIMIT $8`
