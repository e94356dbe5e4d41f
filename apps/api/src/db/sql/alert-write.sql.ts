import { ALERT_CONTEXT_SQL } from './alert-place.sql.ts'

// The inserts of a new alert and of its history (issue #4); every one runs in the caller's transaction.

/**
 * A new alert with the spatial context of its geometry and its 'created' event, in one statement (one
 * round trip instead of three, issue 12 §4). $1–$4 are ALERT_CONTEXT_SQL's (the geometry as hex EWKB,
 * the overlap share, the radius, the nearby limit), then $5 title, $6 description, $7 category,
 * $8 severity, $9 observed day, $10 geometry origin, $11 reporter, $12 organisation.
 */
export const INSERT_ALERT_SQL = `
WITH inserted AS (
  INSERT INTO alert (title, description, category, severity, observed_on, geom, geometry_origin, context,
                     reporter_id, organisation_id)
  VALUES ($5, $6, $7, $8, $9::date, $1::geometry, $10, (${ALERT_CONTEXT_SQL}), $11, $12)
  RETURNING id, reporter_id
),
created AS (
  INSERT INTO alert_event (alert_id, kind, author_id, data)
  SELECT id, 'created', reporter_id, '{}'::jsonb FROM inserted
  RETURNING at
)
SELECT inserted.id, created.at FROM inserted CROSS JOIN created`

/** $1 the alert, then one row per feature from parallel arrays ($6: the features' hex EWKB or NULL). */
export const INSERT_ALERT_FEATURES_SQL = `
INSERT INTO alert_feature (alert_id, collection, feature_table, feature_id, label, position, anchor)
SELECT $1, f.collection, f.feature_table, f.feature_id, f.label, f.position,
       ST_PointOnSurface(f.geometry::geometry)
FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY
  AS f(collection, feature_table, feature_id, label, geometry, position)`

export const INSERT_PHOTO_SQL = `
INSERT INTO alert_photo (alert_id, filename, media_type, byte_size, sha256, content)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id`

export const INSERT_EVENT_SQL = `
INSERT INTO alert_event (alert_id, kind, author_id, data) VALUES ($1, $2, $3, $4::jsonb)
RETURNING id, at`

export const FIND_IDEMPOTENCY_KEY_SQL = `
SELECT request_hash AS "requestHash", alert_id AS "alertId"
FROM alert_idempotency_key WHERE user_id = $1 AND key = $2`

/**
 * Claims a key; no row back when another request claimed it first. ON CONFLICT rather than a failing
 * insert: behind pglite-socket a failed statement inside a transaction desynchronises the connection.
 */
export const INSERT_IDEMPOTENCY_KEY_SQL = `
INSERT INTO alert_idempotency_key (user_id, key, request_hash, alert_id) VALUES ($1, $2, $3, $4)
ON CONFLICT (user_id, key) DO NOTHING
RETURNING key`
