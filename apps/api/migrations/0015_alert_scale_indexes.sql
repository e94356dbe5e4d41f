-- Issue 12 §4: the desk's pages stay as fast at a million alerts as at ten thousand. Measured with the
-- scale bench (apps/api/bench/scale): without these, each page sorted every matching alert before
-- keeping 50 of them.

-- The desk's default order (newest observation first, then the newest alert: orderBy in alert-list.sql.ts)
-- and the alertes collection's: a page walks this index and stops after its rows. It also serves the
-- observed-date filters, which the index it replaces served alone.
CREATE INDEX alert_observed_on_number_idx ON alert (observed_on, number);
DROP INDEX alert_observed_on_idx;

-- The desk sorted by severity (SEVERITY_RANK_SQL, written the same way so that the planner matches it).
CREATE INDEX alert_severity_rank_number_idx
  ON alert ((array_position(ARRAY['low', 'medium', 'high', 'critical']::text[], severity)), number);

-- The desk's count without a filter, or by status, severity or category alone, sums these per-day counts
-- (alert-list.sql.ts rolledUpCount) instead of counting the alerts.
CREATE INDEX alert_day_count_dimension_idx ON alert_day_count (dimension, key);

-- The badges (GET /alerts/badges, polled by the web app) read per-feature counts of open alerts instead of
-- joining every open alert to its features: 2 s at a million alerts, a few hundred rows now. As in 0012,
-- triggers keep them exact in the transaction of each write. One row per feature (by collection, as the
-- badges are), organisation of the alerts (NULL: none) and severity; a count that falls to 0 is deleted.
CREATE TABLE alert_badge_count (
  collection text NOT NULL,
  feature_id text NOT NULL,
  organisation_id uuid,
  severity text NOT NULL,
  alerts integer NOT NULL,
  -- The point drawn for the badge: the first alert's anchor of this feature (they are all on it).
  anchor geometry(Point, 4326) NOT NULL,
  UNIQUE NULLS NOT DISTINCT (collection, feature_id, organisation_id, severity)
);

-- Adds (delta 1) or takes away (delta -1) one open alert's features from the badges.
CREATE FUNCTION alert_badge_add(target_alert uuid, target_organisation uuid, target_severity text, delta integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO alert_badge_count AS c (collection, feature_id, organisation_id, severity, alerts, anchor)
  SELECT f.collection, f.feature_id, target_organisation, target_severity, delta, f.anchor
  FROM alert_feature AS f WHERE f.alert_id = target_alert AND f.anchor IS NOT NULL
  ON CONFLICT (collection, feature_id, organisation_id, severity) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
  IF delta < 0 THEN
    DELETE FROM alert_badge_count AS c USING alert_feature AS f
    WHERE f.alert_id = target_alert AND c.collection = f.collection AND c.feature_id = f.feature_id
      AND c.organisation_id IS NOT DISTINCT FROM target_organisation
      AND c.severity = target_severity AND c.alerts = 0;
  END IF;
END
$$;

-- An alert that opens, closes, changes severity or organisation, or is deleted (its features go with it,
-- after this trigger: BEFORE DELETE, while they are still there).
CREATE FUNCTION alert_badge_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status IN ('nouvelle', 'prise_en_compte', 'en_cours') THEN
    PERFORM alert_badge_add(OLD.id, OLD.organisation_id, OLD.severity, -1);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status IN ('nouvelle', 'prise_en_compte', 'en_cours') THEN
    PERFORM alert_badge_add(NEW.id, NEW.organisation_id, NEW.severity, 1);
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER alert_badge_follow_update
  AFTER UPDATE OF status, severity, organisation_id ON alert
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.severity IS DISTINCT FROM NEW.severity
                     OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id)
  EXECUTE FUNCTION alert_badge_follow();
CREATE TRIGGER alert_badge_follow_delete BEFORE DELETE ON alert FOR EACH ROW EXECUTE FUNCTION alert_badge_follow();

-- A feature named by an open alert (features are written after their alert, in the same transaction).
CREATE FUNCTION alert_feature_badge_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  named record;
BEGIN
  IF NEW.anchor IS NULL THEN RETURN NULL; END IF;
  SELECT a.organisation_id, a.severity, a.status INTO named FROM alert AS a WHERE a.id = NEW.alert_id;
  IF named.status IN ('nouvelle', 'prise_en_compte', 'en_cours') THEN
    INSERT INTO alert_badge_count AS c (collection, feature_id, organisation_id, severity, alerts, anchor)
    VALUES (NEW.collection, NEW.feature_id, named.organisation_id, named.severity, 1, NEW.anchor)
    ON CONFLICT (collection, feature_id, organisation_id, severity) DO UPDATE SET alerts = c.alerts + 1;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER alert_feature_badge_follow AFTER INSERT ON alert_feature
  FOR EACH ROW EXECUTE FUNCTION alert_feature_badge_follow();

INSERT INTO alert_badge_count (collection, feature_id, organisation_id, severity, alerts, anchor)
SELECT f.collection, f.feature_id, a.organisation_id, a.severity, count(*), (array_agg(f.anchor))[1]
FROM alert AS a JOIN alert_feature AS f ON f.alert_id = a.id
WHERE a.status IN ('nouvelle', 'prise_en_compte', 'en_cours') AND f.anchor IS NOT NULL
GROUP BY f.collection, f.feature_id, a.organisation_id, a.severity;
