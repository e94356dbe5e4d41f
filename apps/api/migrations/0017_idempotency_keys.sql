-- Idempotency-Key of every other write (issue 13): the first answer (status, headers, body) is kept with
-- the write, in the same transaction, so a client that retries after a lost answer gets it again instead
-- of writing twice. Per account; `request_hash` tells a retry from another request that reuses a key.
-- Rows older than 24 h no longer count and are deleted by the account's next keyed write.
-- (POST /alerts, POST /assessments and the ERBM creations keep their own tables, 0006, 0009, 0010.)
CREATE TABLE idempotency_key (
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  key text NOT NULL,
  request_hash text NOT NULL,
  status smallint NOT NULL,
  headers jsonb NOT NULL,
  -- NULL when the body must not be kept (an API token's secret): a replay then says so.
  body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (user_id, created_at);
