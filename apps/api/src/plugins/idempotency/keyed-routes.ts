// Which writes the generic Idempotency-Key layer (./index.ts) covers: every POST, PUT, PATCH and DELETE
// route, but for those listed here. Listed by `METHOD /url` as Fastify registers it (prefix included,
// no trailing slash: a prefixed '/' route answers both ways).

/** Routes that take the Idempotency-Key themselves, keeping it with the row they create. */
export const OWN_KEY_ROUTES = new Set([
  'POST /alerts',
  'POST /assessments',
  'POST /erbm/cites/:id/avis',
  'POST /erbm/cites/:id/dossiers',
  'POST /erbm/cites/:id/bilans',
])

/**
 * Routes left out: they write nothing a retry could duplicate (a preview), or their answer is a session
 * cookie, which a stored answer must not hand out again.
 */
export const UNKEYED_ROUTES = new Set(['POST /alerts/preview', 'POST /auth/login', 'POST /auth/logout'])

/**
 * Routes whose answer holds a secret shown once (an API token): the write is still done once per key,
 * but the answer is not kept, and a replay is a 409 saying so.
 */
export const SECRET_ANSWER_ROUTES = new Set(['POST /auth/tokens'])

export const KEYED_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Printable ASCII without spaces, as the other keyed routes take (a UUID is a good choice). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/

export const IDEMPOTENCY_MESSAGES = {
  keyFormat: 'must be 1 to 255 visible ASCII characters (a UUID is a good choice)',
  keyRepeated: 'must be sent once',
  mismatch: 'this Idempotency-Key was already used for a different request: use a new key for a new action',
  secretNotKept:
    'this Idempotency-Key already created an API token, whose secret is shown only once: revoke it if it was lost, and create another with a new key',
  notStored: 'the write could not be committed; it was undone: retry with the same Idempotency-Key',
}
