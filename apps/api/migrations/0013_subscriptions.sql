-- Subscriptions and notifications (issue 11 §6). The outbox lives here so that nothing is lost on a
-- restart and two API processes share the work: each step of the worker takes its rows FOR UPDATE SKIP
-- LOCKED. The kinds, frequencies and languages repeat packages/shared/src/api/subscriptions.ts.

CREATE TABLE subscription (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  kind text NOT NULL
    CHECK (kind IN ('commune', 'epci', 'polygon', 'feature', 'category', 'severity', 'triage')),
  -- The commune's INSEE code or the EPCI's SIREN.
  code text,
  geom geometry(Polygon, 4326),
  collection text,
  -- The table behind the collection, as alert_feature keeps it, so that views of one table match.
  feature_table text,
  feature_id text,
  -- The feature's name when subscribed (features are reloaded; the subscription keeps its name).
  feature_label text,
  category text,
  -- The lowest severity followed.
  severity text CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  frequency text NOT NULL CHECK (frequency IN ('immediate', 'daily', 'weekly')),
  email boolean NOT NULL,
  webhook_url text,
  -- Kept as is: the worker needs it to sign (HMAC), unlike a password it cannot be a hash.
  webhook_secret text,
  language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  -- Only alert events after this one are sent: a new subscription does not replay the past.
  start_event_id bigint NOT NULL,
  next_digest_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (email OR webhook_url IS NOT NULL),
  CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL)),
  CHECK ((frequency = 'immediate') = (next_digest_at IS NULL)),
  CHECK (CASE kind
    WHEN 'commune' THEN code IS NOT NULL
    WHEN 'epci' THEN code IS NOT NULL
    WHEN 'polygon' THEN geom IS NOT NULL
    WHEN 'feature' THEN collection IS NOT NULL AND feature_table IS NOT NULL AND feature_id IS NOT NULL
    WHEN 'category' THEN category IS NOT NULL
    WHEN 'severity' THEN severity IS NOT NULL
    ELSE true END)
);
CREATE INDEX subscription_user_idx ON subscription (user_id);

-- How far the matcher has read alert_event (one row). Starts at today's last event.
CREATE TABLE notification_cursor (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_event_id bigint NOT NULL
);
INSERT INTO notification_cursor (last_event_id) SELECT COALESCE(max(id), 0) FROM alert_event;

-- An alert event a subscription must tell of; `delivered_in` is set once it went into a notification.
CREATE TABLE subscription_item (
  subscription_id uuid NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
  event_id bigint NOT NULL REFERENCES alert_event (id),
  batched_at timestamptz,
  PRIMARY KEY (subscription_id, event_id)
);
CREATE INDEX subscription_item_pending_idx ON subscription_item (subscription_id) WHERE batched_at IS NULL;

-- One notification on one channel: its content is fixed when it is made, its attempts are logged.
CREATE TABLE notification_delivery (
  id uuid PRIMARY KEY,
  subscription_id uuid NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
  channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX notification_delivery_due_idx ON notification_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX notification_delivery_subscription_idx ON notification_delivery (subscription_id, created_at);

CREATE TABLE notification_attempt (
  delivery_id uuid NOT NULL REFERENCES notification_delivery (id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  ok boolean NOT NULL,
  http_status integer,
  error text,
  PRIMARY KEY (delivery_id, attempt)
);
