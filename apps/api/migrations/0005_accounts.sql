-- Accounts and roles (issue #4). `public` is the anonymous visitor and has no row. Secrets are never
-- stored: passwords as argon2id hashes, session and API tokens as SHA-256 digests (hex), so a copy of
-- the database lets nobody log in. gen_random_uuid() is core since PostgreSQL 13, PGlite included.

CREATE TABLE organisation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (btrim(name) <> ''),
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Unique without regard to case, so "Mairie de Lens" cannot be created twice with other capitals.
CREATE UNIQUE INDEX organisation_name_key ON organisation (lower(name));

-- "user" is a reserved word, hence app_user. The API lower-cases emails before they get here; the
-- index on lower(email) still guards against a row written some other way.
CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email LIKE '_%@_%'),
  display_name text NOT NULL CHECK (btrim(display_name) <> ''),
  role text NOT NULL CHECK (role IN ('partner', 'officer', 'admin')),
  organisation_id uuid REFERENCES organisation (id),
  password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT app_user_partner_organisation CHECK (role <> 'partner' OR organisation_id IS NOT NULL)
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

-- A browser session: the cookie holds the random token, this table only its digest. The CSRF token is
-- not a credential on its own (it is useless without the cookie), so it is kept as is to be compared.
CREATE TABLE user_session (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX user_session_user_idx ON user_session (user_id);
CREATE INDEX user_session_expires_idx ON user_session (expires_at);

-- Personal API tokens for scripts and GIS tools. A revoked token keeps its row, so the owner's list
-- still shows when it was revoked.
CREATE TABLE api_token (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (btrim(name) <> ''),
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
