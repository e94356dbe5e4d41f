-- Official values that our sources lack, loaded by command when they are obtained
-- (npm run data:classement-2016, npm run data:priorites-erbm). They survive every data reload,
-- which re-applies them on top of the derived values.

-- The 53 communes named by the decree of 28 December 2016, as spelt there (id), matched to INSEE when possible.
CREATE TABLE decree_2016_commune (
  id text PRIMARY KEY,
  departement text NOT NULL,
  insee text
);

CREATE TABLE official_classement_2016 (
  numero text PRIMARY KEY,
  source text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

-- Whether the loaded list is the complete official list: terrils absent from a complete list are "non classé".
CREATE TABLE official_list_state (
  list text PRIMARY KEY CHECK (list IN ('classement_2016', 'priorite_erbm')),
  complete boolean NOT NULL,
  source text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE official_priorite_erbm (
  cite_id text PRIMARY KEY,
  source text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

-- One row per successful data load: the digest of the source files lets a restart skip an identical load.
CREATE TABLE data_load (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  source_digest text NOT NULL,
  summary jsonb NOT NULL
);
