// Accounts, organisations, sessions and API tokens (migrations/0005_accounts.sql). Every value is a
// $n parameter. Expiry and staleness are computed with the database's clock, so that a test setting
// expires_at in SQL and the check that reads it agree.

/** The columns of a user as the API shows it, with its organisation's name. */
const USER_COLUMNS = `u.id, u.email, u.display_name, u.role, u.organisation_id, o.name AS organisation_name,
  u.disabled, u.created_at, u.updated_at`
const USER_FROM = 'FROM app_user AS u LEFT JOIN organisation AS o ON o.id = u.organisation_id'

export const SELECT_USERS = `SELECT ${USER_COLUMNS} ${USER_FROM} ORDER BY u.email, u.id`
export const SELECT_USER = `SELECT ${USER_COLUMNS} ${USER_FROM} WHERE u.id = $1`
// FOR UPDATE OF u: an outer join's nullable side cannot be locked, and only the user row is changed.
export const SELECT_USER_FOR_UPDATE = `SELECT ${USER_COLUMNS} ${USER_FROM} WHERE u.id = $1 FOR UPDATE OF u`
export const SELECT_USER_CREDENTIALS = `SELECT ${USER_COLUMNS}, u.password_hash ${USER_FROM}
  WHERE lower(u.email) = lower($1)`

export const SELECT_EMAIL_TAKEN = 'SELECT 1 FROM app_user WHERE lower(email) = lower($1)'
export const SELECT_EMAIL_TAKEN_BY_OTHER =
  'SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND id <> $2'

export const INSERT_USER = `
  INSERT INTO app_user (email, display_name, role, organisation_id, password_hash)
  VALUES ($1, $2, $3, $4, $5)
  RETURNING id`

/** $6 is a new password hash, or NULL to keep the current one; $7 the email. */
export const UPDATE_USER = `
  UPDATE app_user
  SET email = $7, display_name = $2, role = $3, organisation_id = $4, disabled = $5,
      password_hash = COALESCE($6, password_hash), updated_at = now()
  WHERE id = $1`

const ORGANISATION_COLUMNS = 'id, name, created_at'
export const SELECT_ORGANISATIONS = `SELECT ${ORGANISATION_COLUMNS} FROM organisation ORDER BY lower(name), id`
export const SELECT_ORGANISATION = `SELECT ${ORGANISATION_COLUMNS} FROM organisation WHERE id = $1`
export const SELECT_ORGANISATION_BY_NAME = `SELECT ${ORGANISATION_COLUMNS} FROM organisation
  WHERE lower(name) = lower($1)`
export const INSERT_ORGANISATION = `INSERT INTO organisation (name) VALUES ($1) RETURNING ${ORGANISATION_COLUMNS}`

/** $4 is the lifetime in hours, possibly fractional. */
export const INSERT_SESSION = `
  INSERT INTO user_session (token_hash, user_id, csrf_token, expires_at)
  VALUES ($1, $2, $3, now() + $4::double precision * interval '1 hour')
  RETURNING expires_at`

/** A session is idle when unused for $n minutes (the idle timeout, issue 13). */
const IDLE = (n: number) => `s.last_seen_at < now() - $${n}::double precision * interval '1 minute'`

/**
 * The session and its user; `expired` past its lifetime or idle for $2 minutes; `stale` when last_seen_at
 * is worth updating: once a minute at most, more often only when the idle timeout is under two minutes.
 */
export const SELECT_SESSION = `
  SELECT s.csrf_token, s.expires_at <= now() OR ${IDLE(2)} AS expired,
         s.last_seen_at < now() - least(interval '1 minute', $2::double precision * interval '30 seconds')
           AS stale,
         ${USER_COLUMNS}
  FROM user_session AS s
  JOIN app_user AS u ON u.id = s.user_id
  LEFT JOIN organisation AS o ON o.id = u.organisation_id
  WHERE s.token_hash = $1`

export const TOUCH_SESSION = 'UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1'
export const DELETE_SESSION = 'DELETE FROM user_session WHERE token_hash = $1'
/** $1 is the idle timeout in minutes. */
export const DELETE_EXPIRED_SESSIONS = `DELETE FROM user_session AS s WHERE s.expires_at <= now() OR ${IDLE(1)}`
export const DELETE_USER_SESSIONS = 'DELETE FROM user_session WHERE user_id = $1'

const TOKEN_COLUMNS = 'id, name, created_at, last_used_at, revoked_at'
export const INSERT_API_TOKEN = `
  INSERT INTO api_token (user_id, name, token_hash) VALUES ($1, $2, $3)
  RETURNING ${TOKEN_COLUMNS}`
export const SELECT_API_TOKENS = `SELECT ${TOKEN_COLUMNS} FROM api_token
  WHERE user_id = $1 ORDER BY created_at DESC, id`

/** The token and its user; `stale` as for sessions. */
export const SELECT_API_TOKEN = `
  SELECT t.id AS token_id, t.revoked_at IS NOT NULL AS revoked,
         t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute' AS stale, ${USER_COLUMNS}
  FROM api_token AS t
  JOIN app_user AS u ON u.id = t.user_id
  LEFT JOIN organisation AS o ON o.id = u.organisation_id
  WHERE t.token_hash = $1`

export const TOUCH_API_TOKEN = 'UPDATE api_token SET last_used_at = now() WHERE id = $1'

/** Revoking twice keeps the first date; no row comes back when the token is not the user's. */
export const REVOKE_API_TOKEN = `
  UPDATE api_token SET revoked_at = COALESCE(revoked_at, now())
  WHERE id = $1 AND user_id = $2
  RETURNING id`
