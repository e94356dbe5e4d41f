-- GET /indicators for the whole basin (issue #10 §5: p95 < 300 ms with 100k alerts and 50k constats on the
-- embedded, single-threaded database) reads the counts below instead of scanning alert, alert_event and
-- assessment. Triggers keep them in the same transaction as every write, so they are exact after each
-- commit and roll back with it; no request ever reads a stale answer. Other areas and drawn polygons still
-- read the tables themselves (they need the geometries). The backfill at the end counts existing rows.

-- Alerts per French day of creation and per dimension (status, severity, category, zone): any period of
-- days reads a few thousand rows at most, and the months are sums of days. A count that falls to 0 is
-- deleted (no CHECK > 0: PostgreSQL checks the row proposed by INSERT … ON CONFLICT before the conflict).
CREATE TABLE alert_day_count (
  day date NOT NULL,
  dimension text NOT NULL CHECK (dimension IN ('status', 'severity', 'category', 'zone')),
  key text NOT NULL,
  alerts integer NOT NULL,
  PRIMARY KEY (day, dimension, key)
);

-- Development pressure: alerts in the buffer zone (by their stored context) per day, category and commune.
CREATE TABLE alert_buffer_commune_count (
  day date NOT NULL,
  category text NOT NULL,
  commune_id text NOT NULL,
  label text NOT NULL,
  alerts integer NOT NULL,
  PRIMARY KEY (day, category, commune_id, label)
);

-- One narrow row per alert that has been answered: hours to the first response and to the resolution,
-- as ALERT_DELAYS_SQL computes them from alert_event, so the percentiles sort a column, not a join.
CREATE TABLE alert_delay (
  alert_id uuid PRIMARY KEY REFERENCES alert (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  response_hours float8,
  resolution_hours float8
);
CREATE INDEX alert_delay_created_at_idx ON alert_delay (created_at);

-- Validated constats per visit day and zone of their anchor (bien, zone_tampon, hors).
CREATE TABLE assessment_zone_count (
  visited_on date NOT NULL,
  zone text NOT NULL,
  constats integer NOT NULL,
  PRIMARY KEY (visited_on, zone)
);

-- Each feature's latest validated constat (as the assessment_latest view orders them), and the features
-- counted by its condition, trend and priority: the snapshot of today, for periods without an end.
CREATE TABLE assessment_feature_latest (
  feature_table text NOT NULL,
  feature_id text NOT NULL,
  assessment_id uuid NOT NULL REFERENCES assessment (id),
  condition text NOT NULL,
  trend text NOT NULL,
  priority text NOT NULL,
  PRIMARY KEY (feature_table, feature_id)
);
CREATE TABLE assessment_latest_count (
  dimension text NOT NULL CHECK (dimension IN ('condition', 'trend', 'priority', 'features')),
  key text NOT NULL,
  features integer NOT NULL,
  PRIMARY KEY (dimension, key)
);

CREATE FUNCTION alert_zone(context jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN (context->>'inProperty')::boolean THEN 'bien'
              WHEN (context->>'inBufferZone')::boolean THEN 'zone_tampon'
              ELSE 'hors' END
$$;

CREATE FUNCTION assessment_anchor_zone(anchor geometry) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN EXISTS (SELECT 1 FROM property_component AS p
                           WHERE p.geom && anchor AND ST_Intersects(p.geom, anchor)) THEN 'bien'
              WHEN EXISTS (SELECT 1 FROM buffer_zone AS z
                           WHERE z.geom && anchor AND ST_Intersects(z.geom, anchor)) THEN 'zone_tampon'
              ELSE 'hors' END
$$;

-- Adds (delta 1) or takes away (delta -1) one alert's part of the counts.
CREATE FUNCTION alert_counts_add(a alert, delta integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  local_day date := (a.created_at AT TIME ZONE 'Europe/Paris')::date;
BEGIN
  INSERT INTO alert_day_count AS c (day, dimension, key, alerts)
  VALUES (local_day, 'status', a.status, delta), (local_day, 'severity', a.severity, delta),
         (local_day, 'category', a.category, delta), (local_day, 'zone', alert_zone(a.context), delta)
  ON CONFLICT (day, dimension, key) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
  IF delta < 0 THEN
    DELETE FROM alert_day_count AS c
    WHERE c.day = local_day AND c.alerts = 0 AND (c.dimension, c.key) IN
      (('status', a.status), ('severity', a.severity), ('category', a.category), ('zone', alert_zone(a.context)));
  END IF;
  IF NOT COALESCE((a.context->>'inBufferZone')::boolean, false) THEN RETURN; END IF;
  -- An alert over two communes counts in both (grouped: a commune listed twice counts twice).
  IF delta > 0 THEN
    INSERT INTO alert_buffer_commune_count AS c (day, category, commune_id, label, alerts)
    SELECT local_day, a.category, commune->>'id', COALESCE(commune->>'label', commune->>'id'), count(*)
    FROM jsonb_array_elements(COALESCE(a.context->'communes', '[]')) AS commune
    WHERE commune->>'id' IS NOT NULL
    GROUP BY 3, 4
    ON CONFLICT (day, category, commune_id, label) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
  ELSE
    WITH gone AS (
      SELECT commune->>'id' AS commune_id, COALESCE(commune->>'label', commune->>'id') AS label, count(*) AS alerts
      FROM jsonb_array_elements(COALESCE(a.context->'communes', '[]')) AS commune
      WHERE commune->>'id' IS NOT NULL
      GROUP BY 1, 2
    ),
    lowered AS (
      UPDATE alert_buffer_commune_count AS c SET alerts = c.alerts - gone.alerts FROM gone
      WHERE c.day = local_day AND c.category = a.category AND c.commune_id = gone.commune_id
        AND c.label = gone.label AND c.alerts > gone.alerts
    )
    DELETE FROM alert_buffer_commune_count AS c USING gone
    WHERE c.day = local_day AND c.category = a.category AND c.commune_id = gone.commune_id
      AND c.label = gone.label AND c.alerts = gone.alerts;
  END IF;
END
$$;

CREATE FUNCTION alert_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM alert_counts_add(OLD, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM alert_counts_add(NEW, 1); END IF;
  RETURN NULL;
END
$$;

-- alert_event is append-only, so each new event can only bring a delay earlier (least ignores NULLs).
-- Same rules as ALERT_DELAYS_SQL: a response is any event after the creation by somebody other than the
-- reporter, or any status change; the resolution is the change to 'resolue'.
CREATE FUNCTION alert_delay_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reported record;
  response float8;
  resolution float8;
BEGIN
  IF NEW.kind = 'created' THEN RETURN NULL; END IF;
  SELECT created_at, reporter_id INTO reported FROM alert WHERE id = NEW.alert_id;
  IF NEW.author_id <> reported.reporter_id OR NEW.kind = 'status' THEN
    response := extract(epoch FROM NEW.at - reported.created_at)::float8 / 3600;
  END IF;
  IF NEW.kind = 'status' AND NEW.data->>'to' = 'resolue' THEN
    resolution := extract(epoch FROM NEW.at - reported.created_at)::float8 / 3600;
  END IF;
  INSERT INTO alert_delay AS d (alert_id, created_at, response_hours, resolution_hours)
  VALUES (NEW.alert_id, reported.created_at, response, resolution)
  ON CONFLICT (alert_id) DO UPDATE
  SET response_hours = least(d.response_hours, EXCLUDED.response_hours),
      resolution_hours = least(d.resolution_hours, EXCLUDED.resolution_hours);
  RETURN NULL;
END
$$;

CREATE FUNCTION assessment_zone_add(visited date, anchor geometry, delta integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  anchor_zone text := assessment_anchor_zone(anchor);
BEGIN
  INSERT INTO assessment_zone_count AS c (visited_on, zone, constats) VALUES (visited, anchor_zone, delta)
  ON CONFLICT (visited_on, zone) DO UPDATE SET constats = c.constats + EXCLUDED.constats;
  IF delta < 0 THEN
    DELETE FROM assessment_zone_count AS c
    WHERE c.visited_on = visited AND c.zone = anchor_zone AND c.constats = 0;
  END IF;
END
$$;

CREATE FUNCTION assessment_latest_count_add(latest assessment_feature_latest, delta integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO assessment_latest_count AS c (dimension, key, features)
  VALUES ('condition', latest.condition, delta), ('trend', latest.trend, delta),
         ('priority', latest.priority, delta), ('features', 'features', delta)
  ON CONFLICT (dimension, key) DO UPDATE SET features = c.features + EXCLUDED.features;
  IF delta < 0 THEN
    DELETE FROM assessment_latest_count AS c WHERE c.features = 0 AND (c.dimension, c.key) IN
      (('condition', latest.condition), ('trend', latest.trend), ('priority', latest.priority),
       ('features', 'features'));
  END IF;
END
$$;

-- Re-reads one feature's latest validated constat and moves the counts if it changed.
CREATE FUNCTION assessment_latest_refresh(target_table text, target_id text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  before assessment_feature_latest;
  after assessment_feature_latest;
BEGIN
  SELECT * INTO before FROM assessment_feature_latest
  WHERE feature_table = target_table AND feature_id = target_id;
  SELECT s.feature_table, s.feature_id, s.id, s.condition, s.trend, s.priority INTO after
  FROM assessment AS s
  WHERE s.status = 'validee' AND s.feature_table = target_table AND s.feature_id = target_id
  ORDER BY s.visited_on DESC, s.number DESC
  LIMIT 1;
  IF before.assessment_id IS NOT DISTINCT FROM after.assessment_id THEN RETURN; END IF;
  IF before.assessment_id IS NOT NULL THEN
    PERFORM assessment_latest_count_add(before, -1);
    DELETE FROM assessment_feature_latest WHERE feature_table = target_table AND feature_id = target_id;
  END IF;
  IF after.assessment_id IS NOT NULL THEN
    PERFORM assessment_latest_count_add(after, 1);
    INSERT INTO assessment_feature_latest SELECT after.*;
  END IF;
END
$$;

-- A constat's facts are frozen (0009); its status and anchor may change.
CREATE FUNCTION assessment_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = 'validee' THEN
    PERFORM assessment_zone_add(OLD.visited_on, OLD.anchor, -1);
  END IF;
  IF NEW.status = 'validee' THEN PERFORM assessment_zone_add(NEW.visited_on, NEW.anchor, 1); END IF;
  IF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status THEN
    PERFORM assessment_latest_refresh(NEW.feature_table, NEW.feature_id);
  END IF;
  RETURN NULL;
END
$$;

-- The zone of an anchor depends on the property and buffer zone layers: when the data load replaces
-- them, the constats' zones are counted again.
CREATE FUNCTION assessment_zone_count_recount() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM assessment_zone_count;
  INSERT INTO assessment_zone_count (visited_on, zone, constats)
  SELECT visited_on, zone, sum(constats)
  FROM (SELECT visited_on, assessment_anchor_zone(anchor) AS zone, count(*) AS constats
        FROM assessment WHERE status = 'validee' GROUP BY visited_on, anchor) AS anchors
  GROUP BY visited_on, zone;
END
$$;

CREATE FUNCTION assessment_zone_count_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM assessment_zone_count_recount();
  RETURN NULL;
END
$$;

-- Backfill, then the triggers.
INSERT INTO alert_day_count (day, dimension, key, alerts)
SELECT day, dimension, key, count(*)
FROM alert AS a
CROSS JOIN LATERAL (SELECT (a.created_at AT TIME ZONE 'Europe/Paris')::date AS day) AS d
CROSS JOIN LATERAL (VALUES ('status', a.status), ('severity', a.severity), ('category', a.category),
                           ('zone', alert_zone(a.context))) AS v (dimension, key)
GROUP BY 1, 2, 3;

INSERT INTO alert_buffer_commune_count (day, category, commune_id, label, alerts)
SELECT (a.created_at AT TIME ZONE 'Europe/Paris')::date, a.category, commune->>'id',
       COALESCE(commune->>'label', commune->>'id'), count(*)
FROM alert AS a CROSS JOIN LATERAL jsonb_array_elements(COALESCE(a.context->'communes', '[]')) AS commune
WHERE (a.context->>'inBufferZone')::boolean AND commune->>'id' IS NOT NULL
GROUP BY 1, 2, 3, 4;

INSERT INTO alert_delay (alert_id, created_at, response_hours, resolution_hours)
SELECT a.id, a.created_at,
       extract(epoch FROM min(e.at) FILTER (WHERE e.author_id <> a.reporter_id OR e.kind = 'status')
                          - a.created_at)::float8 / 3600,
       extract(epoch FROM min(e.at) FILTER (WHERE e.kind = 'status' AND e.data->>'to' = 'resolue')
                          - a.created_at)::float8 / 3600
FROM alert AS a JOIN alert_event AS e ON e.alert_id = a.id AND e.kind <> 'created'
GROUP BY a.id, a.created_at;

INSERT INTO assessment_feature_latest (feature_table, feature_id, assessment_id, condition, trend, priority)
SELECT DISTINCT ON (feature_table, feature_id) feature_table, feature_id, id, condition, trend, priority
FROM assessment WHERE status = 'validee'
ORDER BY feature_table, feature_id, visited_on DESC, number DESC;

INSERT INTO assessment_latest_count (dimension, key, features)
SELECT dimension, key, count(*)
FROM assessment_feature_latest AS l
CROSS JOIN LATERAL (VALUES ('condition', l.condition), ('trend', l.trend), ('priority', l.priority),
                           ('features', 'features')) AS v (dimension, key)
GROUP BY 1, 2;

CREATE TRIGGER alert_counts_follow AFTER INSERT OR DELETE ON alert
  FOR EACH ROW EXECUTE FUNCTION alert_counts_follow();
CREATE TRIGGER alert_counts_follow_update AFTER UPDATE OF status, severity, category, context, created_at ON alert
  FOR EACH ROW
  WHEN ((OLD.status, OLD.severity, OLD.category, OLD.context, OLD.created_at)
        IS DISTINCT FROM (NEW.status, NEW.severity, NEW.category, NEW.context, NEW.created_at))
  EXECUTE FUNCTION alert_counts_follow();
CREATE TRIGGER alert_delay_follow AFTER INSERT ON alert_event
  FOR EACH ROW EXECUTE FUNCTION alert_delay_follow();
CREATE TRIGGER assessment_counts_follow AFTER INSERT OR UPDATE OF status, anchor ON assessment
  FOR EACH ROW EXECUTE FUNCTION assessment_counts_follow();
CREATE TRIGGER property_component_zones AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON property_component
  FOR EACH STATEMENT EXECUTE FUNCTION assessment_zone_count_rebuild();
CREATE TRIGGER buffer_zone_zones AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON buffer_zone
  FOR EACH STATEMENT EXECUTE FUNCTION assessment_zone_count_rebuild();
SELECT assessment_zone_count_recount();
