// Login limits, the login and admin logs, password-reset links (migrations/0016_account_security.sql).
// Windows and expiries are computed with the database's clock, which every instance shares.

const WINDOW = `$3::double precision * interval '1 minute'`

/**
 * How long each login limit still holds, in whole seconds, or NULL when it does not. $1 email, $2 address,
 * $3 window in minutes, $4 failures allowed per email, $5 per address. A limit holds while the window
 * contains that many failures; it lifts when the oldest of the last $n leaves the window. For an email,
 * only failures after its last success count (a user who got in starts afresh); for an address, all do,
 * so that an attacker's own account cannot reset the count of a spraying address.
 */
export const SELECT_LOGIN_LOCKS = `
  WITH by_email AS (
    SELECT at FROM login_event
    WHERE email = $1 AND outcome = 'failure' AND at > now() - ${WINDOW}
      AND at > COALESCE(
        (SELECT max(at) FROM login_event WHERE email = $1 AND outcome = 'success'), '-infinity')
    ORDER BY at DESC OFFSET $4::int - 1 LIMIT 1
  ), by_address AS (
    SELECT at FROM login_event
    WHERE address = $2 AND outcome = 'failure' AND at > now() - ${WINDOW}
    ORDER BY at DESC OFFSET $5::int - 1 LIMIT 1
  )
  SELECT
    (SELECT ceil(extract(epoch FROM at + ${WINDOW} - now()))::int FROM by_email) AS email_seconds,
    (SELECT ceil(extract(epoch FROM at + ${WINDOW} - now()))::int FROM by_address) AS address_seconds`

export const INSERT_LOGIN_EVENT = `
  INSERT INTO login_event (outcome, email, user_id, address, user_agent) VALUES ($1, $2, $3, $4, $5)`

/** Newest first; $1 the id to page before (NULL for the first page), $2 how many rows. */
export const SELECT_LOGIN_EVENTS = `
  SELECT id, at, outcome, email, user_id, address, user_agent FROM login_event
  WHERE $1::bigint IS NULL OR id < $1::bigint
  ORDER BY id DESC LIMIT $2`

export const INSERT_ACCOUNT_EVENT = `
  INSERT INTO account_event (action, actor_id, actor_email, target_id, target_email, before, after)
  VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`

/** Newest first, paged as SELECT_LOGIN_EVENTS. */
export const SELECT_ACCOUNT_EVENTS = `
  SELECT id, at, action, actor_id, actor_email, target_id, target_email, before, after FROM account_event
  WHERE $1::bigint IS NULL OR id < $1::bigint
  ORDER BY id DESC LIMIT $2`

/** The active admins, locked, so that two admins demoting each other at once cannot both succeed. */
export const SELECT_ACTIVE_ADMINS_FOR_UPDATE = `
  SELECT id FROM app_user WHERE role = 'admin' AND NOT disabled ORDER BY id FOR UPDATE`

/** Issuing a link ends the user's earlier unused ones: only the newest works. */
export const DELETE_UNUSED_RESETS = 'DELETE FROM password_reset WHERE user_id = $1 AND used_at IS NULL'

/** $4 is the lifetime in hours. */
export const INSERT_PASSWORD_RESET = `
  INSERT INTO password_reset (token_hash, user_id, created_by, expires_at)
  VALUES ($1, $2, $3, now() + $4::double precision * interval '1 hour')
  RETURNING expires_at`

/** Takes a link, once: no row comes back when it is unknown, used or expired. */
export const USE_PASSWORD_RESET = `
  UPDATE password_reset SET used_at = now()
  WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
  RETURNING user_id`

export const SET_PASSWORD = 'UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1'
