-- The follow-up of the ERBM renovation of the cités of the ERBM layer (issue #10 §3), as the 2024
-- convention asks (articles 2.1 and 2.2). Keyed by erbm_cite.id without a foreign key: the layer is
-- reloaded, the follow-up stays. The priority flag stays where it is (erbm_cite.priorite_erbm, loaded from
-- the official list by `npm run data:priorites-erbm`, 'inconnue' until then). The vocabularies repeat
-- packages/shared/src/api/erbm-values.ts.

-- One row per cité that has been followed: who owns the dwellings, how many.
CREATE TABLE erbm_followup (
  cite_id text PRIMARY KEY,
  bailleur text,
  logements integer CHECK (logements IS NULL OR logements >= 0),
  updated_by uuid REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The phases of the renovation with their dates; the current phase is the latest one begun.
CREATE TABLE erbm_phase (
  cite_id text NOT NULL,
  phase text NOT NULL
    CHECK (phase IN ('etudes', 'moe_logements', 'moe_espaces_publics', 'travaux', 'livree')),
  started_on date,
  ended_on date,
  updated_by uuid REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (cite_id, phase),
  CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);

-- The Mission's opinions (avis), append-only like alert events.
CREATE TABLE erbm_opinion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cite_id text NOT NULL,
  given_on date NOT NULL,
  subject text NOT NULL CHECK (subject IN ('cahier_des_charges', 'moe_logements', 'espaces_publics',
    'facades', 'abords', 'dossier_financement')),
  verdict text NOT NULL
    CHECK (verdict IN ('favorable', 'favorable_avec_reserves', 'defavorable', 'sans_avis')),
  text text NOT NULL DEFAULT '',
  -- The Démarches Simplifiées dossier the opinion is about, when there is one.
  dossier_number text,
  author_id uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX erbm_opinion_cite_idx ON erbm_opinion (cite_id, given_on DESC);

CREATE TABLE erbm_opinion_attachment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  opinion_id uuid NOT NULL REFERENCES erbm_opinion (id),
  filename text NOT NULL,
  media_type text NOT NULL
    CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
  byte_size integer NOT NULL CHECK (byte_size > 0 AND byte_size <= 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = byte_size)
);
CREATE INDEX erbm_opinion_attachment_opinion_idx ON erbm_opinion_attachment (opinion_id);

-- The funding dossiers filed on Démarches Simplifiées (https://www.demarches-simplifiees.fr/).
CREATE TABLE erbm_dossier (
  cite_id text NOT NULL,
  number text NOT NULL CHECK (number ~ '^[0-9]{1,12}$'),
  url text CHECK (url ~ '^https://'),
  label text,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (cite_id, number)
);

-- The bilan qualitatif of renovated dwellings (article 2.2): one row per visit, each criterion scored 1-4
-- (4 best) with a comment. Append-only: a new visit is a new row.
CREATE TABLE erbm_evaluation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cite_id text NOT NULL,
  visited_on date NOT NULL,
  habitabilite_score smallint NOT NULL CHECK (habitabilite_score BETWEEN 1 AND 4),
  habitabilite_comment text NOT NULL DEFAULT '',
  facades_score smallint NOT NULL CHECK (facades_score BETWEEN 1 AND 4),
  facades_comment text NOT NULL DEFAULT '',
  abords_score smallint NOT NULL CHECK (abords_score BETWEEN 1 AND 4),
  abords_comment text NOT NULL DEFAULT '',
  patrimoine_score smallint NOT NULL CHECK (patrimoine_score BETWEEN 1 AND 4),
  patrimoine_comment text NOT NULL DEFAULT '',
  author_id uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX erbm_evaluation_cite_idx ON erbm_evaluation (cite_id, visited_on DESC);

CREATE TABLE erbm_evaluation_photo (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  evaluation_id uuid NOT NULL REFERENCES erbm_evaluation (id),
  -- Which criterion the photo illustrates, NULL for the visit as a whole.
  criterion text CHECK (criterion IN ('habitabilite', 'facades', 'abords', 'patrimoine')),
  filename text NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
  byte_size integer NOT NULL CHECK (byte_size > 0 AND byte_size <= 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = byte_size)
);
CREATE INDEX erbm_evaluation_photo_evaluation_idx ON erbm_evaluation_photo (evaluation_id);

-- Every change to a cité's follow-up, for its history (GET /history) and the fiche-bilan. Never updated.
CREATE TABLE erbm_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  cite_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('followup', 'phase', 'opinion', 'dossier', 'evaluation')),
  author_id uuid REFERENCES app_user (id),
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX erbm_event_cite_idx ON erbm_event (cite_id, id);
CREATE TRIGGER erbm_event_append_only
  BEFORE UPDATE OR DELETE ON erbm_event
  FOR EACH ROW EXECUTE FUNCTION assessment_event_append_only();

-- Each cité's current phase: the latest phase begun (in the programme's order when dates tie).
CREATE VIEW erbm_current_phase AS
SELECT DISTINCT ON (cite_id) cite_id, phase, started_on, ended_on
FROM erbm_phase
WHERE started_on IS NOT NULL
ORDER BY cite_id, started_on DESC,
  array_position(ARRAY['etudes', 'moe_logements', 'moe_espaces_publics', 'travaux', 'livree'], phase) DESC;
