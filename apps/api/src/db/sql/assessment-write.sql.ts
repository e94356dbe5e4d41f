import { collectionTable } from '../../collections/collection-tables.ts'
import { featureLabelSql } from './feature-labels.sql.ts'

// The writes of a constat d'état (issue #10 §2); every one runs in the caller's transaction.

/**
 * The feature a constat is about, by id ($1): its label (the shared rule) and its point on surface (hex
 * EWKB), or no row when the collection has no such feature. Identifiers come from the catalogue only.
 */
export function assessmentSubjectSql(collectionId: string): string {
  const { table, where } = collectionTable(collectionId)
  return `SELECT t.id::text AS id, ${featureLabelSql(collectionId)} AS label,
       ST_PointOnSurface(t.geom)::text AS anchor
FROM ${table} AS t WHERE ${where ? `(${where}) AND ` : ''}t.id::text = $1`
}

export const INSERT_ASSESSMENT_SQL = `
INSERT INTO assessment (collection, feature_table, feature_id, label, visited_on, condition, trend, occupancy,
                        priority, threats, note, status, author_id, organisation_id, anchor)
VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9, $10::text[], $11, $12, $13, $14, $15::geometry)
RETURNING id`

export const INSERT_ASSESSMENT_PHOTO_SQL = `
INSERT INTO assessment_photo (assessment_id, filename, media_type, byte_size, sha256, content)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id`

export const INSERT_ASSESSMENT_EVENT_SQL = `
INSERT INTO assessment_event (assessment_id, kind, author_id, data) VALUES ($1, $2, $3, $4::jsonb)
RETURNING id`

/** Moves a proposal to its decision; no row back when it is no longer a proposal (raced or decided). */
export const DECIDE_ASSESSMENT_SQL = `
UPDATE assessment SET status = $2 WHERE id = $1 AND status = 'proposee'
RETURNING id`

export const FIND_ASSESSMENT_IDEMPOTENCY_KEY_SQL = `
SELECT request_hash AS "requestHash", assessment_id AS "assessmentId"
FROM assessment_idempotency_key WHERE user_id = $1 AND key = $2`

/** ON CONFLICT rather than a failing insert, as for alerts (pglite-socket and failed statements). */
export const INSERT_ASSESSMENT_IDEMPOTENCY_KEY_SQL = `
INSERT INTO assessment_idempotency_key (user_id, key, request_hash, assessment_id) VALUES ($1, $2, $3, $4)
ON CONFLICT (user_id, key) DO NOTHING
RETURNING key`

/** An endangered site's follow-up, written whole (issue #10 §6). */
export const UPSERT_SITE_AT_RISK_FOLLOWUP_SQL = `
INSERT INTO site_at_risk_followup (site_id, fondation_patrimoine_url, proprietaire, protection, updated_by,
                                   updated_at)
VALUES ($1, $2, $3, $4, $5, now())
ON CONFLICT (site_id) DO UPDATE SET fondation_patrimoine_url = EXCLUDED.fondation_patrimoine_url,
  proprietaire = EXCLUDED.proprietaire, protection = EXCLUDED.protection,
  updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`
