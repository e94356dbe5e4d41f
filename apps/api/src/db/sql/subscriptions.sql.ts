import { SEVERITIES_ARRAY_SQL, SEVERITY_RANK_SQL } from './alert-values.sql.ts'

// Subscriptions (issue 11 §6): the owner's CRUD and the worker's three steps (match events to
// subscriptions, batch them into notifications, deliver them). Each worker step takes its rows FOR UPDATE
// SKIP LOCKED, so that two API processes never take the same row.

const SUBSCRIPTION_COLUMNS = `s.id, s.kind, s.code, ST_AsGeoJSON(s.geom, 7)::jsonb AS polygon, s.collection,
  s.feature_id AS "featureId", s.category, s.severity, s.frequency, s.email, s.webhook_url AS "webhookUrl",
  s.language, s.created_at AS "createdAt", s.next_digest_at AS "nextDigestAt",
  COALESCE(c.nom, e.nom, s.feature_label) AS label`

// The label of a feature is kept from creation (features are reloaded; a subscription stays).
const SUBSCRIPTION_FROM = `subscription AS s
  LEFT JOIN commune AS c ON s.kind = 'commune' AND c.id = s.code
  LEFT JOIN epci AS e ON s.kind = 'epci' AND e.id = s.code`

/** The owner's subscriptions, newest first. $1 user. */
export const LIST_SUBSCRIPTIONS_SQL = `SELECT ${SUBSCRIPTION_COLUMNS} FROM ${SUBSCRIPTION_FROM}
WHERE s.user_id = $1::uuid ORDER BY s.created_at DESC, s.id`

/** One subscription of its owner. $1 id, $2 user. */
export const GET_SUBSCRIPTION_SQL = `SELECT ${SUBSCRIPTION_COLUMNS} FROM ${SUBSCRIPTION_FROM}
WHERE s.id = $1::uuid AND s.user_id = $2::uuid`

/**
 * When the next digest of a frequency is due: the next day, or next Monday, at $hour o'clock in
 * France; NULL for immediate. `frequency` and `hour` are SQL expressions.
 */
const nextDigest = (frequency: string, hour: string) => `CASE ${frequency}
  WHEN 'daily' THEN (date_trunc('day', now() AT TIME ZONE 'Europe/Paris') + interval '1 day'
    + make_interval(hours => ${hour})) AT TIME ZONE 'Europe/Paris'
  WHEN 'weekly' THEN (date_trunc('week', now() AT TIME ZONE 'Europe/Paris') + interval '7 days'
    + make_interval(hours => ${hour})) AT TIME ZONE 'Europe/Paris'
  END`

/**
 * A new subscription, reading from the latest alert event on. $1 user, $2 kind, $3 code, $4 polygon
 * GeoJSON, $5 collection, $6 feature table, $7 feature id, $8 feature label, $9 category, $10 severity,
 * $11 frequency, $12 email, $13 webhook URL, $14 secret, $15 language, $16 digest hour.
 */
export const INSERT_SUBSCRIPTION_SQL = `INSERT INTO subscription (user_id, kind, code, geom, collection,
  feature_table, feature_id, feature_label, category, severity, frequency, email, webhook_url,
  webhook_secret, language, start_event_id, next_digest_at)
VALUES ($1::uuid, $2::text, $3::text, ST_SetSRID(ST_GeomFromGeoJSON($4::text), 4326), $5::text, $6::text,
  $7::text, $8::text, $9::text, $10::text, $11::text, $12::boolean, $13::text, $14::text, $15::text,
  (SELECT COALESCE(max(id), 0) FROM alert_event), ${nextDigest('$11::text', '$16::int')})
RETURNING id`

/** Changes frequency, e-mail or language; a new frequency restarts its digest clock. $1 id, $2 user,
 * $3 frequency, $4 email, $5 language (NULL: unchanged), $6 digest hour. */
export const UPDATE_SUBSCRIPTION_SQL = `UPDATE subscription SET
  frequency = COALESCE($3::text, frequency),
  email = COALESCE($4::boolean, email),
  language = COALESCE($5::text, language),
  next_digest_at = CASE WHEN $3::text IS NULL OR $3::text = frequency THEN next_digest_at
    ELSE ${nextDigest('$3::text', '$6::int')} END
WHERE id = $1::uuid AND user_id = $2::uuid AND (COALESCE($4::boolean, email) OR webhook_url IS NOT NULL)
RETURNING id`

/** $1 id, $2 user. */
export const DELETE_SUBSCRIPTION_SQL = `DELETE FROM subscription WHERE id = $1::uuid AND user_id = $2::uuid`

/** The latest 50 deliveries of a subscription with their attempts. $1 subscription. */
export const LIST_DELIVERIES_SQL = `SELECT d.id, d.channel, d.status, d.created_at AS "createdAt",
  d.delivered_at AS "deliveredAt", jsonb_array_length(d.payload -> 'events') AS events,
  COALESCE((SELECT jsonb_agg(jsonb_build_object('attempt', t.attempt, 'at', t.at, 'ok', t.ok,
      'httpStatus', t.http_status, 'error', t.error) ORDER BY t.attempt)
    FROM notification_attempt AS t WHERE t.delivery_id = d.id), '[]'::jsonb) AS attempts
FROM notification_delivery AS d WHERE d.subscription_id = $1::uuid
ORDER BY d.created_at DESC, d.id LIMIT 50`

/** The name of a feature of a whitelisted table ($1 id); `label` and `table` come from code. */
export const featureLabelQuery = (table: string, label: string, where?: string) =>
  `SELECT ${label} AS label FROM ${table} AS t WHERE t.id::text = $1::text${where ? ` AND ${where}` : ''}`

/** Whether a commune ('commune', $2 code) or an EPCI ('epci') of the basin exists. $1 kind. */
export const AREA_EXISTS_SQL = `SELECT EXISTS (SELECT 1 FROM commune WHERE $1::text = 'commune' AND id = $2::text
  UNION ALL SELECT 1 FROM epci WHERE $1::text = 'epci' AND id = $2::text) AS exists`

// ---- worker: match ----

/** Takes the cursor, or no row when another process is matching. */
export const LOCK_CURSOR_SQL = `SELECT last_event_id AS "lastEventId" FROM notification_cursor
FOR UPDATE SKIP LOCKED`

/** The last event of the next batch after $1 (at most $2 events); $1 itself when none is new. */
export const NEXT_EVENT_BOUND_SQL = `SELECT COALESCE(max(id), $1::bigint) AS "upTo"
FROM (SELECT id FROM alert_event WHERE id > $1::bigint ORDER BY id LIMIT $2::int) AS next_events`

export const ADVANCE_CURSOR_SQL = `UPDATE notification_cursor SET last_event_id = $1::bigint`

/** Every subscription with its owner, for the matcher to compute each owner's scope. */
export const SUBSCRIBERS_SQL = `SELECT s.id, s.kind, u.id AS "userId", u.role, u.organisation_id AS "organisationId"
FROM subscription AS s JOIN app_user AS u ON u.id = s.user_id WHERE NOT u.disabled`

/**
 * The alert changes that are told: a new alert, a new status, a new severity. A triage notice is about
 * new alerts only.
 */
export const NOTIFIED_EVENT_KINDS = ['created', 'status', 'severity']

/**
 * Files the events in ($2, $3] that subscription $1 follows, among the alerts its owner may see: $4 'all'
 * or 'organisation' with $5 the organisation (policy.ts alertScope; the same condition as the alert list,
 * `a.organisation_id = $n`). $6 the event kinds told.
 */
export const MATCH_EVENTS_SQL = `INSERT INTO subscription_item (subscription_id, event_id)
SELECT s.id, ev.id
FROM subscription AS s
JOIN alert_event AS ev ON ev.id > $2::bigint AND ev.id <= $3::bigint AND ev.id > s.start_event_id
JOIN alert AS a ON a.id = ev.alert_id
WHERE s.id = $1::uuid AND ev.kind = ANY($6::text[])
  AND ($4::text = 'all' OR a.organisation_id = $5::uuid)
  AND CASE s.kind
    WHEN 'commune' THEN EXISTS (SELECT 1 FROM jsonb_array_elements(a.context -> 'communes') AS c
      WHERE c ->> 'id' = s.code)
    WHEN 'epci' THEN EXISTS (SELECT 1 FROM epci AS e WHERE e.id = s.code AND e.geom && a.geom
      AND ST_Intersects(e.geom, a.geom))
    WHEN 'polygon' THEN s.geom && a.geom AND ST_Intersects(s.geom, a.geom)
    WHEN 'feature' THEN EXISTS (SELECT 1 FROM alert_feature AS f WHERE f.alert_id = a.id
      AND f.feature_table = s.feature_table AND f.feature_id = s.feature_id)
    WHEN 'category' THEN a.category = s.category
    WHEN 'severity' THEN ${SEVERITY_RANK_SQL} >= array_position(${SEVERITIES_ARRAY_SQL}::text[], s.severity)
    WHEN 'triage' THEN ev.kind = 'created'
    ELSE false END
ON CONFLICT DO NOTHING`

// ---- worker: batch ----

/**
 * Subscriptions whose notification is due (at most $1), locked for this process: immediate ones with
 * events waiting, digests whose time has come (with or without events, so that their clock moves on).
 */
export const DUE_SUBSCRIPTIONS_SQL = `SELECT s.id, s.kind, s.frequency, s.email, s.webhook_url AS "webhookUrl",
  u.id AS "userId", u.role, u.organisation_id AS "organisationId", u.disabled
FROM subscription AS s JOIN app_user AS u ON u.id = s.user_id
WHERE CASE WHEN s.frequency = 'immediate'
  THEN EXISTS (SELECT 1 FROM subscription_item AS i WHERE i.subscription_id = s.id AND i.batched_at IS NULL)
  ELSE s.next_digest_at <= now() END
ORDER BY s.next_digest_at NULLS FIRST, s.id
LIMIT $1::int
FOR UPDATE OF s SKIP LOCKED`

/**
 * The waiting events of subscription $1 about alerts its owner still may see ($2 scope kind, $3
 * organisation), oldest first; a triage notice keeps only the alerts still awaiting triage.
 */
export const PENDING_EVENTS_SQL = `SELECT ev.id AS "eventId", ev.kind, ev.at, a.id AS "alertId", 'A-' || lpad(a.number::text, 6, '0') AS reference,
  a.title, a.category, a.severity, a.status,
  COALESCE((SELECT jsonb_agg(c ->> 'label') FROM jsonb_array_elements(a.context -> 'communes') AS c),
    '[]'::jsonb) AS communes
FROM subscription_item AS i
JOIN subscription AS s ON s.id = i.subscription_id
JOIN alert_event AS ev ON ev.id = i.event_id
JOIN alert AS a ON a.id = ev.alert_id
WHERE i.subscription_id = $1::uuid AND i.batched_at IS NULL
  AND ($2::text = 'all' OR a.organisation_id = $3::uuid)
  AND (s.kind <> 'triage' OR a.status = 'nouvelle')
ORDER BY ev.id`

/** How many alerts await triage now (for the triage notice). */
export const AWAITING_TRIAGE_SQL = `SELECT count(*)::int AS count FROM alert WHERE status = 'nouvelle'`

/** Marks every waiting event of $1 as handled (those it may no longer see are dropped with them). */
export const MARK_BATCHED_SQL = `UPDATE subscription_item SET batched_at = now()
WHERE subscription_id = $1::uuid AND batched_at IS NULL`

/** $1 id, $2 subscription, $3 channel, $4 payload. */
export const INSERT_DELIVERY_SQL = `INSERT INTO notification_delivery (id, subscription_id, channel, payload)
VALUES ($1::uuid, $2::uuid, $3::text, $4::jsonb)`

/** The digest clock of $1 moves to the next period. $2 digest hour. */
export const ADVANCE_DIGEST_SQL = `UPDATE subscription SET next_digest_at = ${nextDigest('frequency', '$2::int')}
WHERE id = $1::uuid`

// ---- worker: deliver ----

/**
 * Claims up to $1 due deliveries for $2 milliseconds (another process skips them meanwhile), with what
 * sending needs.
 */
export const CLAIM_DELIVERIES_SQL = `UPDATE notification_delivery AS d
SET next_attempt_at = now() + make_interval(secs => $2::int / 1000.0)
FROM subscription AS s, app_user AS u
WHERE d.id IN (SELECT id FROM notification_delivery WHERE status = 'pending' AND next_attempt_at <= now()
    ORDER BY next_attempt_at LIMIT $1::int FOR UPDATE SKIP LOCKED)
  AND s.id = d.subscription_id AND u.id = s.user_id
RETURNING d.id, d.channel, d.payload, d.attempts, s.webhook_url AS "webhookUrl",
  s.webhook_secret AS "webhookSecret", s.language, u.email, u.display_name AS "displayName"`

/** Logs attempt $2 of $1: $3 ok, $4 HTTP status, $5 error. */
export const INSERT_ATTEMPT_SQL = `INSERT INTO notification_attempt (delivery_id, attempt, ok, http_status, error)
VALUES ($1::uuid, $2::int, $3::boolean, $4::int, $5::text)`

/**
 * After attempt $2 of $1: delivered ($3 true), failed for good ($4 true), or retried in $5 ms.
 */
export const RECORD_OUTCOME_SQL = `UPDATE notification_delivery SET attempts = $2::int,
  status = CASE WHEN $3::boolean THEN 'delivered' WHEN $4::boolean THEN 'failed' ELSE 'pending' END,
  delivered_at = CASE WHEN $3::boolean THEN now() END,
  next_attempt_at = now() + make_interval(secs => $5::int / 1000.0)
WHERE id = $1::uuid`
