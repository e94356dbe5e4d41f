-- Condition assessments (constats d'état, issue #10 §2), modelled on Historic England's Heritage at Risk
-- register. A constat is about one feature of any layer, dated by the visit. Officers' constats are valid
-- when written; a partner's is a proposal ('proposee') until an officer validates or refuses it. The
-- vocabularies repeat packages/shared/src/api/assessment-values.ts: the CHECKs are the last guard.
-- Features are referenced by (collection, feature_table, feature_id) without a foreign key, as alerts do:
-- the layers are reloaded, the history stays.

CREATE SEQUENCE assessment_number_seq;

CREATE TABLE assessment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The short reference quoted in a report ("C-000042"), in creation order.
  number integer NOT NULL UNIQUE DEFAULT nextval('assessment_number_seq'),
  collection text NOT NULL,
  -- The table behind the collection: a terril of `terrils` and of `zone-tampon-terrils` is one feature.
  feature_table text NOT NULL,
  feature_id text NOT NULL,
  -- The feature's label when the constat was written.
  label text NOT NULL,
  visited_on date NOT NULL,
  condition text NOT NULL CHECK (condition IN ('bon', 'moyen', 'mauvais', 'tres_mauvais')),
  trend text NOT NULL CHECK (trend IN ('amelioration', 'stable', 'degradation', 'inconnue')),
  occupancy text NOT NULL
    CHECK (occupancy IN ('occupe', 'partiellement_occupe', 'vacant', 'sans_objet', 'inconnu')),
  priority text NOT NULL CHECK (priority IN ('A', 'B', 'C', 'D', 'E', 'F')),
  threats text[] NOT NULL DEFAULT '{}',
  note text NOT NULL DEFAULT '',
  -- 'visite': somebody went there. 'source': derived from a source document (the 11 endangered sites'
  -- initial state), never shown as a visit; `source` then names the document.
  origin text NOT NULL DEFAULT 'visite' CHECK (origin IN ('visite', 'source')),
  source text,
  status text NOT NULL DEFAULT 'validee' CHECK (status IN ('proposee', 'validee', 'refusee')),
  -- NULL only for the source-derived constats written by a migration or the data load.
  author_id uuid REFERENCES app_user (id),
  organisation_id uuid REFERENCES organisation (id),
  -- The feature's point (ST_PointOnSurface), so that lists, maps and indicators need no join to the layers.
  anchor geometry(Point, 4326),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (origin = 'visite' OR source IS NOT NULL),
  CHECK (origin = 'source' OR author_id IS NOT NULL)
);
CREATE INDEX assessment_feature_idx ON assessment (feature_table, feature_id, visited_on DESC, number DESC);
CREATE INDEX assessment_anchor_idx ON assessment USING gist (anchor);
CREATE INDEX assessment_visited_on_idx ON assessment (visited_on);
CREATE INDEX assessment_organisation_idx ON assessment (organisation_id);

CREATE TABLE assessment_photo (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id uuid NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  filename text NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_size integer NOT NULL CHECK (byte_size > 0 AND byte_size <= 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = byte_size)
);
CREATE INDEX assessment_photo_assessment_idx ON assessment_photo (assessment_id);

-- The history of each constat: created, proposed, validated, refused. Never updated nor deleted.
CREATE TABLE assessment_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  assessment_id uuid NOT NULL REFERENCES assessment (id),
  kind text NOT NULL CHECK (kind IN ('created', 'proposed', 'validated', 'refused')),
  author_id uuid REFERENCES app_user (id),
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX assessment_event_assessment_idx ON assessment_event (assessment_id, id);

CREATE FUNCTION assessment_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'assessment_event is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER assessment_event_append_only
  BEFORE UPDATE OR DELETE ON assessment_event
  FOR EACH ROW EXECUTE FUNCTION assessment_event_append_only();

-- A constat's facts never change once written: only its status moves (proposee -> validee | refusee).
CREATE FUNCTION assessment_facts_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.collection, NEW.feature_table, NEW.feature_id, NEW.visited_on, NEW.condition, NEW.trend,
      NEW.occupancy, NEW.priority, NEW.threats, NEW.note, NEW.origin, NEW.author_id)
     IS DISTINCT FROM
     (OLD.collection, OLD.feature_table, OLD.feature_id, OLD.visited_on, OLD.condition, OLD.trend,
      OLD.occupancy, OLD.priority, OLD.threats, OLD.note, OLD.origin, OLD.author_id) THEN
    RAISE EXCEPTION 'assessment facts are append-only: write a new constat';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER assessment_facts_frozen
  BEFORE UPDATE ON assessment
  FOR EACH ROW EXECUTE FUNCTION assessment_facts_frozen();
CREATE TRIGGER assessment_no_delete
  BEFORE DELETE ON assessment
  FOR EACH ROW EXECUTE FUNCTION assessment_event_append_only();

-- Idempotency-Key of POST /assessments, as for alerts.
CREATE TABLE assessment_idempotency_key (
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  key text NOT NULL,
  request_hash text NOT NULL,
  assessment_id uuid NOT NULL REFERENCES assessment (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);

-- Each feature's latest valid constat (by visit date, then creation): what the record, the "état" map
-- style, the sheets and the indicators show as its current condition.
CREATE VIEW assessment_latest AS
SELECT DISTINCT ON (feature_table, feature_id) *
FROM assessment
WHERE status = 'validee'
ORDER BY feature_table, feature_id, visited_on DESC, number DESC;

-- Issue #10 §6: what officers add to the 11 endangered sites (site_at_risk is reloaded from the sources;
-- this table survives reloads). The Fondation du Patrimoine subscription is filled by an officer, never guessed.
CREATE TABLE site_at_risk_followup (
  site_id text PRIMARY KEY,
  fondation_patrimoine_url text CHECK (fondation_patrimoine_url ~ '^https://'),
  proprietaire text,
  protection text,
  updated_by uuid REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
