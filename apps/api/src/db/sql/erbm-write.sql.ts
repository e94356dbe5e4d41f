// The writes of the ERBM follow-up (issue #10 §3); every one runs in the caller's transaction, and every
// one is followed by an erbm_event (append-only).

export const UPSERT_FOLLOWUP_SQL = `
INSERT INTO erbm_followup (cite_id, bailleur, logements, updated_by) VALUES ($1, $2, $3, $4)
ON CONFLICT (cite_id) DO UPDATE
SET bailleur = EXCLUDED.bailleur, logements = EXCLUDED.logements, updated_by = EXCLUDED.updated_by,
    updated_at = now()`

export const UPSERT_PHASE_SQL = `
INSERT INTO erbm_phase (cite_id, phase, started_on, ended_on, updated_by) VALUES ($1, $2, $3::date, $4::date, $5)
ON CONFLICT (cite_id, phase) DO UPDATE
SET started_on = EXCLUDED.started_on, ended_on = EXCLUDED.ended_on, updated_by = EXCLUDED.updated_by,
    updated_at = now()`

/** The row a PUT would change, locked so that two PUTs on one phase do not both see the old dates. */
export const LOCK_PHASE_SQL = `
SELECT started_on::text AS "startedOn", ended_on::text AS "endedOn"
FROM erbm_phase WHERE cite_id = $1 AND phase = $2 FOR UPDATE`

export const LOCK_FOLLOWUP_SQL = `
SELECT bailleur, logements FROM erbm_followup WHERE cite_id = $1 FOR UPDATE`

export const INSERT_OPINION_SQL = `
INSERT INTO erbm_opinion (cite_id, given_on, subject, verdict, text, dossier_number, author_id)
VALUES ($1, $2::date, $3, $4, $5, $6, $7)
RETURNING id`

export const INSERT_ATTACHMENT_SQL = `
INSERT INTO erbm_opinion_attachment (opinion_id, filename, media_type, byte_size, sha256, content)
VALUES ($1, $2, $3, $4, $5, $6)`

export const SELECT_DOSSIER_SQL = `
SELECT url, label FROM erbm_dossier WHERE cite_id = $1 AND number = $2`

/** No row back when the dossier is already recorded for the cité. */
export const INSERT_DOSSIER_SQL = `
INSERT INTO erbm_dossier (cite_id, number, url, label, created_by) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (cite_id, number) DO NOTHING
RETURNING number`

export const INSERT_EVALUATION_SQL = `
INSERT INTO erbm_evaluation (cite_id, visited_on, habitabilite_score, habitabilite_comment, facades_score,
  facades_comment, abords_score, abords_comment, patrimoine_score, patrimoine_comment, author_id)
VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8, $9, $10, $11)
RETURNING id`

export const INSERT_EVALUATION_PHOTO_SQL = `
INSERT INTO erbm_evaluation_photo (evaluation_id, criterion, filename, media_type, byte_size, sha256, content)
VALUES ($1, $2, $3, $4, $5, $6, $7)`

export const INSERT_EVENT_SQL = `
INSERT INTO erbm_event (cite_id, kind, author_id, data) VALUES ($1, $2, $3, $4::jsonb)`

/**
 * Serialises the requests of one account carrying one Idempotency-Key until the transaction ends, so that
 * two copies of a request never both write (the follow-up has no key table: the key lives in the event).
 */
export const LOCK_IDEMPOTENCY_KEY_SQL = `SELECT pg_advisory_xact_lock(hashtext('erbm:' || $1 || ':' || $2))`

/** The earlier request of this account with this key, from the event it wrote. */
export const FIND_IDEMPOTENT_EVENT_SQL = `
SELECT cite_id AS "citeId", kind, data->>'requestHash' AS "requestHash"
FROM erbm_event WHERE author_id = $1 AND data->>'idempotencyKey' = $2
ORDER BY id LIMIT 1`
