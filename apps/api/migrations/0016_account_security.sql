-- Login limits, the login and admin logs, and password-reset links (issue 13 §4). Kept in the database so
-- that limits survive a restart and are shared by every instance on one database.

-- Every login attempt: the log admins read, and what the limits count (failures in a window, per email
-- and per address). Never the password. `email` is as typed (lower-cased), known account or not, so that
-- an unknown email is limited exactly like a known one; `user_id` is set when it named an account.
CREATE TABLE login_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'locked')),
  email text NOT NULL,
  user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
  address text NOT NULL,
  user_agent text
);
CREATE INDEX login_event_email_idx ON login_event (email, at);
CREATE INDEX login_event_address_idx ON login_event (address, at);

-- What admins did to accounts (and what a reset link's user did with it): who, to whom, the account's
-- fields before and after. Emails are copied so that the line still says who once an account is gone.
CREATE TABLE account_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  action text NOT NULL
    CHECK (action IN ('user-created', 'user-updated', 'password-reset-issued', 'password-reset-used')),
  actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
  actor_email text NOT NULL,
  target_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
  target_email text NOT NULL,
  before jsonb,
  after jsonb
);

-- A password-reset link: the token's SHA-256 digest only, single use (used_at), expiring.
CREATE TABLE password_reset (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX password_reset_user_idx ON password_reset (user_id);
