import { featureLabelSql } from './feature-labels.sql.ts'

/**
 * The endangered sites' source-derived constats ($1: their facts by site id, $2: the source's date), for
 * the sites that have no source-derived constat yet. The source is the site's own `source` column.
 */
export const INSERT_SOURCE_ASSESSMENTS = `
INSERT INTO assessment (collection, feature_table, feature_id, label, visited_on, condition, trend, occupancy,
                        priority, threats, note, origin, source, status, anchor)
SELECT 'sites-en-danger', 'site_at_risk', t.id, ${featureLabelSql('sites-en-danger')}, $2::date, r.condition,
       r.trend, r.occupancy, r.priority, ARRAY(SELECT jsonb_array_elements_text(r.threats)), t.motif, 'source',
       t.source, 'validee', ST_PointOnSurface(t.geom)
FROM jsonb_to_recordset($1::jsonb)
  AS r(id text, condition text, trend text, occupancy text, priority text, threats jsonb)
JOIN site_at_risk AS t ON t.id = r.id
WHERE NOT EXISTS (SELECT 1 FROM assessment AS a
                  WHERE a.feature_table = 'site_at_risk' AND a.feature_id = t.id AND a.origin = 'source')
ORDER BY t.id`

export const SITE_AT_RISK_IDS = `SELECT id FROM site_at_risk ORDER BY id`
