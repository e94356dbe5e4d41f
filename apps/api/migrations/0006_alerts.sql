-- Alerts (issue #4): a partner flags a threat to a protected feature, officers triage it, every step is
-- an event. The vocabularies repeat packages/shared/src/api/alert-values.ts: the CHECKs are the last
-- guard against a row written some other way than through the API.

-- The short reference people quote on the phone ("A-000042"), in creation order.
CREATE SEQUENCE alert_number_seq;

CREATE TABLE alert (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number integer NOT NULL UNIQUE DEFAULT nextval('alert_number_seq'),
  title text NOT NULL CHECK (btrim(title) <> ''),
  description text NOT NULL CHECK (btrim(description) <> ''),
  category text NOT NULL CHECK (category IN ('demolition', 'degradation', 'vandalisme',
    'travaux_non_conformes', 'projet_construction', 'incendie', 'erosion', 'depot_sauvage', 'vegetation',
    'autre')),
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  status text NOT NULL DEFAULT 'nouvelle'
    CHECK (status IN ('nouvelle', 'prise_en_compte', 'en_cours', 'resolue', 'rejetee')),
  observed_on date NOT NULL,
  -- The drawn point or polygon, or else the union of the features' geometries; always inside the basin.
  geom geometry(Geometry, 4326) NOT NULL,
  -- Whether geom was drawn by the reporter ('drawn') or taken from the features ('features').
  geometry_origin text NOT NULL CHECK (geometry_origin IN ('drawn', 'features')),
  -- The spatial context computed by PostGIS in the creating transaction (AlertContextSchema).
  context jsonb NOT NULL,
  reporter_id uuid NOT NULL REFERENCES app_user (id),
  -- The reporter's organisation when the alert was made: who may see it stays fixed if people move.
  organisation_id uuid REFERENCES organisation (id),
  assignee_id uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_geom_idx ON alert USING gist (geom);
CREATE INDEX alert_organisation_idx ON alert (organisation_id);
CREATE INDEX alert_status_idx ON alert (status);
CREATE INDEX alert_observed_on_idx ON alert (observed_on);

-- The features an alert is about, with the label they had then (features are reloaded; alerts stay).
-- `feature_table` is the table behind the collection: the same terril is in `terrils` and in
-- `zone-tampon-terrils`, and both references must find each other's alerts.
CREATE TABLE alert_feature (
  alert_id uuid NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
  collection text NOT NULL,
  feature_table text NOT NULL,
  feature_id text NOT NULL,
  label text NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (alert_id, collection, feature_id)
);
CREATE INDEX alert_feature_feature_idx ON alert_feature (feature_table, feature_id);

-- Photos are kept in the database, in the same transaction as their alert: nothing acknowledged can be
-- half-stored, and a backup of the database is a backup of everything.
CREATE TABLE alert_photo (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  alert_id uuid NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
  filename text NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_size integer NOT NULL CHECK (byte_size > 0 AND byte_size <= 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = byte_size)
);
CREATE INDEX alert_photo_alert_idx ON alert_photo (alert_id);

-- The history: one row per change, never updated nor deleted (the trigger below refuses both).
CREATE TABLE alert_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  alert_id uuid NOT NULL REFERENCES alert (id),
  kind text NOT NULL
    CHECK (kind IN ('created', 'status', 'severity', 'assignment', 'comment', 'edit', 'photo')),
  author_id uuid NOT NULL REFERENCES app_user (id),
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX alert_event_alert_idx ON alert_event (alert_id, id);

CREATE FUNCTION alert_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'alert_event is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER alert_event_append_only
  BEFORE UPDATE OR DELETE ON alert_event
  FOR EACH ROW EXECUTE FUNCTION alert_event_append_only();

-- Idempotency-Key of POST /alerts: the first answer is kept, so a retried submission returns the same
-- alert instead of creating a second one. `request_hash` tells a retry from a different request that
-- reuses a key by mistake.
CREATE TABLE alert_idempotency_key (
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  key text NOT NULL,
  request_hash text NOT NULL,
  alert_id uuid NOT NULL REFERENCES alert (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
