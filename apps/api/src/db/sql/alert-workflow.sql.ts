// The workflow's queries (issue #4): a change locks its alert, checks it, then updates the row. Each
// runs in the change's transaction.

export const PHOTO_COUNT_SQL = `SELECT count(*)::int AS count FROM alert_photo WHERE alert_id = $1`

/** The checksums of an alert's photos: the natural key of a photo added to it (issue 13). */
export const PHOTO_CHECKSUMS_SQL = `SELECT sha256 FROM alert_photo WHERE alert_id = $1`

/** Touches `updated_at`, with any column change the caller adds. */
export const TOUCH_ALERT_SQL = `UPDATE alert SET updated_at = now() WHERE id = $1`

/** Locks one alert for a change and returns what the change is checked against. */
export const LOCK_ALERT_SQL = `
SELECT id, status, severity, category, title, description, to_char(observed_on, 'YYYY-MM-DD') AS "observedOn",
       organisation_id AS "organisationId", assignee_id AS "assigneeId"
FROM alert WHERE id = $1 FOR UPDATE`

export const SET_STATUS_SQL = `UPDATE alert SET status = $2, updated_at = now() WHERE id = $1`
export const SET_ASSIGNEE_SQL = `UPDATE alert SET assignee_id = $2, updated_at = now() WHERE id = $1`
export const EDIT_ALERT_SQL = `
UPDATE alert SET category = $2, severity = $3, title = $4, description = $5, observed_on = $6::date,
                 updated_at = now()
WHERE id = $1`

/** An enabled officer or admin, who may be given alerts. */
export const ASSIGNEE_SQL = `
SELECT id, display_name AS "displayName" FROM app_user
WHERE id = $1 AND role IN ('officer', 'admin') AND NOT disabled`
