// The generic Idempotency-Key store (migration 0017, plugins/idempotency). A key counts for 24 h.

const IDEMPOTENCY_KEY_LIFETIME = "interval '24 hours'"

export const FIND_STORED_ANSWER_SQL = `
SELECT request_hash AS "requestHash", status, headers, body
FROM idempotency_key
WHERE user_id = $1 AND key = $2 AND created_at > now() - ${IDEMPOTENCY_KEY_LIFETIME}`

/** Expired keys of one account, so that a key may be used again after its lifetime. */
export const DELETE_EXPIRED_KEYS_SQL = `
DELETE FROM idempotency_key WHERE user_id = $1 AND created_at <= now() - ${IDEMPOTENCY_KEY_LIFETIME}`

/**
 * Keeps an answer; no row back when another request with the same key committed first (it waits for
 * that one's transaction). ON CONFLICT rather than a failing insert: behind pglite-socket a failed
 * statement inside a transaction desynchronises the connection.
 */
export const INSERT_STORED_ANSWER_SQL = `
INSERT INTO idempotency_key (user_id, key, request_hash, status, headers, body)
VALUES ($1, $2, $3, $4, $5::jsonb, $6)
ON CONFLICT (user_id, key) DO NOTHING
RETURNING key`
