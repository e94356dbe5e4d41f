-- Issue 12 §4: the desk's filtered counts, the commune filter and the basin's delay percentiles stay as
-- fast at a million alerts as at ten thousand (architecture §29). As in 0012 and 0015, triggers keep every
-- table below exact in the transaction of each write: no request ever reads a stale answer.

-- Alerts per organisation (NULL: none), status, severity and category: a few hundred rows at most. The
-- desk's numberMatched with any mix of status, severity and category filters, for every alert or one
-- organisation's, is a sum over them (alert-list.sql.ts facetCount) instead of a count of the alerts.
CREATE TABLE alert_facet_count (
  organisation_id uuid,
  status text NOT NULL,
  severity text NOT NULL,
  category text NOT NULL,
  alerts integer NOT NULL,
  UNIQUE NULLS NOT DISTINCT (organisation_id, status, severity, category)
);

CREATE FUNCTION alert_facet_add(a alert, delta integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO alert_facet_count AS c (organisation_id, status, severity, category, alerts)
  VALUES (a.organisation_id, a.status, a.severity, a.category, delta)
  ON CONFLICT (organisation_id, status, severity, category) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
  IF delta < 0 THEN
    DELETE FROM alert_facet_count AS c
    WHERE c.organisation_id IS NOT DISTINCT FROM a.organisation_id AND c.status = a.status
      AND c.severity = a.severity AND c.category = a.category AND c.alerts = 0;
  END IF;
END
$$;

CREATE FUNCTION alert_facet_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM alert_facet_add(OLD, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM alert_facet_add(NEW, 1); END IF;
  RETURN NULL;
END
$$;

-- The communes of each alert's stored context (AlertContextSchema communes), one row per commune, with
-- its name folded as the commune filter compares it (hw_fold): the filter becomes an index lookup instead
-- of unfolding every alert's context (5.9 s at a million alerts). "C" collation: a btree on it serves
-- starts_with(), the "name starts with" of the filter.
CREATE TABLE alert_commune (
  alert_id uuid NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
  commune_id text,
  folded_label text COLLATE "C"
);
-- Covering: the desk's page walks the date index and asks, alert by alert, whether it is in the commune.
CREATE INDEX alert_commune_alert_idx ON alert_commune (alert_id, commune_id, folded_label);
CREATE INDEX alert_commune_id_idx ON alert_commune (commune_id, alert_id);
CREATE INDEX alert_commune_label_idx ON alert_commune (folded_label, alert_id);

-- Alerts per commune and folded name (rows of alert_commune, which are distinct per alert): the count of a
-- commune filter that matches one of them is its row, without reading the alerts (alert-list.sql.ts).
CREATE TABLE alert_commune_count (
  commune_id text,
  folded_label text COLLATE "C",
  alerts integer NOT NULL,
  UNIQUE NULLS NOT DISTINCT (commune_id, folded_label)
);
CREATE INDEX alert_commune_count_label_idx ON alert_commune_count (folded_label);

CREATE FUNCTION alert_commune_count_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed alert_commune := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  delta integer := CASE WHEN TG_OP = 'DELETE' THEN -1 ELSE 1 END;
BEGIN
  INSERT INTO alert_commune_count AS c (commune_id, folded_label, alerts)
  VALUES (changed.commune_id, changed.folded_label, delta)
  ON CONFLICT (commune_id, folded_label) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
  IF delta < 0 THEN
    DELETE FROM alert_commune_count AS c
    WHERE c.commune_id IS NOT DISTINCT FROM changed.commune_id
      AND c.folded_label IS NOT DISTINCT FROM changed.folded_label AND c.alerts = 0;
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION alert_commune_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN DELETE FROM alert_commune WHERE alert_id = OLD.id; END IF;
  INSERT INTO alert_commune (alert_id, commune_id, folded_label)
  SELECT DISTINCT NEW.id, c->>'id', hw_fold(c->>'label')
  FROM jsonb_array_elements(COALESCE(NEW.context->'communes', '[]')) AS c;
  RETURN NULL;
END
$$;

-- The basin's delay percentiles (GET /indicators without a period) read the k-th value through an index
-- instead of sorting every answered alert (250 ms at a million): a count per bucket of hours says in
-- which bucket the k-th value lies, and the index on (bucket, hours) walks that bucket alone. Buckets are
-- logarithmic (64 per factor e), so each holds a small share of the values however they spread; the
-- bucket order is the order of the hours, which is what makes the walk exact.
CREATE FUNCTION alert_delay_bucket(hours float8) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN hours < 0 THEN -1 ELSE floor(ln(1 + hours) * 64)::integer END
$$;

CREATE TABLE alert_delay_bucket_count (
  kind text NOT NULL CHECK (kind IN ('response', 'resolution')),
  bucket integer NOT NULL,
  alerts integer NOT NULL,
  PRIMARY KEY (kind, bucket)
);
CREATE INDEX alert_delay_response_bucket_idx
  ON alert_delay (alert_delay_bucket(response_hours), response_hours) WHERE response_hours IS NOT NULL;
CREATE INDEX alert_delay_resolution_bucket_idx
  ON alert_delay (alert_delay_bucket(resolution_hours), resolution_hours) WHERE resolution_hours IS NOT NULL;

CREATE FUNCTION alert_delay_bucket_add(delay_kind text, hours float8, delta integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF hours IS NULL THEN RETURN; END IF;
  INSERT INTO alert_delay_bucket_count AS c (kind, bucket, alerts)
  VALUES (delay_kind, alert_delay_bucket(hours), delta)
  ON CONFLICT (kind, bucket) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
  IF delta < 0 THEN
    DELETE FROM alert_delay_bucket_count AS c
    WHERE c.kind = delay_kind AND c.bucket = alert_delay_bucket(hours) AND c.alerts = 0;
  END IF;
END
$$;

CREATE FUNCTION alert_delay_bucket_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM alert_delay_bucket_add('response', OLD.response_hours, -1);
    PERFORM alert_delay_bucket_add('resolution', OLD.resolution_hours, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM alert_delay_bucket_add('response', NEW.response_hours, 1);
    PERFORM alert_delay_bucket_add('resolution', NEW.resolution_hours, 1);
  END IF;
  RETURN NULL;
END
$$;

-- Backfill, then the triggers.
INSERT INTO alert_facet_count (organisation_id, status, severity, category, alerts)
SELECT organisation_id, status, severity, category, count(*) FROM alert GROUP BY 1, 2, 3, 4;

INSERT INTO alert_commune (alert_id, commune_id, folded_label)
SELECT DISTINCT a.id, c->>'id', hw_fold(c->>'label')
FROM alert AS a CROSS JOIN LATERAL jsonb_array_elements(COALESCE(a.context->'communes', '[]')) AS c;

INSERT INTO alert_commune_count (commune_id, folded_label, alerts)
SELECT commune_id, folded_label, count(*) FROM alert_commune GROUP BY 1, 2;

INSERT INTO alert_delay_bucket_count (kind, bucket, alerts)
SELECT 'response', alert_delay_bucket(response_hours), count(*) FROM alert_delay
WHERE response_hours IS NOT NULL GROUP BY 2
UNION ALL
SELECT 'resolution', alert_delay_bucket(resolution_hours), count(*) FROM alert_delay
WHERE resolution_hours IS NOT NULL GROUP BY 2;

-- Counts that every new alert of the day moves (today's status 'nouvelle', the partner's organisation…)
-- are one row that all writers update: the first holds its lock until it commits, and the others queue
-- behind it. The 0012 triggers ran at the INSERT, so the lock was held over the rest of the creation's
-- round trips (features, first event, key, COMMIT): 15 ms of waiting per creation at 8 writers. Deferred
-- to the COMMIT, the counts are still moved in the same transaction (exact, rolled back with it), but
-- the lock is held for the commit alone. They read only the OLD and NEW rows they are given, so running
-- later changes nothing in what they count.
DROP TRIGGER alert_counts_follow ON alert;
DROP TRIGGER alert_counts_follow_update ON alert;
CREATE CONSTRAINT TRIGGER alert_counts_follow AFTER INSERT OR DELETE ON alert
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION alert_counts_follow();
CREATE CONSTRAINT TRIGGER alert_counts_follow_update
  AFTER UPDATE OF status, severity, category, context, created_at ON alert
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD.status, OLD.severity, OLD.category, OLD.context, OLD.created_at)
        IS DISTINCT FROM (NEW.status, NEW.severity, NEW.category, NEW.context, NEW.created_at))
  EXECUTE FUNCTION alert_counts_follow();

CREATE CONSTRAINT TRIGGER alert_facet_follow AFTER INSERT OR DELETE ON alert
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION alert_facet_follow();
CREATE CONSTRAINT TRIGGER alert_facet_follow_update
  AFTER UPDATE OF organisation_id, status, severity, category ON alert
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD.organisation_id, OLD.status, OLD.severity, OLD.category)
        IS DISTINCT FROM (NEW.organisation_id, NEW.status, NEW.severity, NEW.category))
  EXECUTE FUNCTION alert_facet_follow();
CREATE TRIGGER alert_commune_follow AFTER INSERT ON alert
  FOR EACH ROW EXECUTE FUNCTION alert_commune_follow();
CREATE TRIGGER alert_commune_follow_update AFTER UPDATE OF context ON alert
  FOR EACH ROW WHEN (OLD.context IS DISTINCT FROM NEW.context) EXECUTE FUNCTION alert_commune_follow();
-- Deferred like the other counts that every new alert of a town moves.
CREATE CONSTRAINT TRIGGER alert_commune_count_follow AFTER INSERT OR DELETE ON alert_commune
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION alert_commune_count_follow();
CREATE TRIGGER alert_delay_bucket_follow AFTER INSERT OR DELETE ON alert_delay
  FOR EACH ROW EXECUTE FUNCTION alert_delay_bucket_follow();
-- Each new event upserts its alert's delays (0012), mostly without changing them.
CREATE TRIGGER alert_delay_bucket_follow_update AFTER UPDATE ON alert_delay
  FOR EACH ROW
  WHEN ((OLD.response_hours, OLD.resolution_hours) IS DISTINCT FROM (NEW.response_hours, NEW.resolution_hours))
  EXECUTE FUNCTION alert_delay_bucket_follow();
