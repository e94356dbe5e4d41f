-- Issue 12 §4: GET /indicators for the basin summed 0012's per-day counts over every day of the period:
-- 24 000 rows of alert_day_count and 147 000 of alert_buffer_commune_count at a million alerts for the
-- default answer (all time), tables that grow with the days and combinations the alerts fill. The same
-- counts per French month let a period read its whole months here and only the days of its partial first
-- and last months there (indicators-rollups.sql.ts): the same sums, from a few hundred rows. They are
-- moved by the same function as the day counts (alert_counts_add, rewritten below with the month rows
-- added), so in the same deferred triggers at the COMMIT of every write: exact, rolled back with it.

-- Alerts per French month of creation (its first day) and per dimension, as alert_day_count per day.
CREATE TABLE alert_month_count (
  month date NOT NULL,
  dimension text NOT NULL CHECK (dimension IN ('status', 'severity', 'category', 'zone')),
  key text NOT NULL,
  alerts integer NOT NULL,
  PRIMARY KEY (month, dimension, key)
);

-- Pressure alerts in the buffer zone per month, category and commune. Category first: the pressure reads
-- two categories of ten.
CREATE TABLE alert_buffer_commune_month_count (
  category text NOT NULL,
  month date NOT NULL,
  commune_id text NOT NULL,
  label text NOT NULL,
  alerts integer NOT NULL,
  PRIMARY KEY (category, month, commune_id, label)
);

-- The first day of a day's month, by date arithmetic alone (no time zone is involved).
CREATE FUNCTION month_start(day date) RETURNS date LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT day - (extract(day FROM day)::integer - 1)
$$;

-- 0012's function with the month rows added next to the day rows (same upserts, same deletion at 0).
CREATE OR REPLACE FUNCTION alert_counts_add(a alert, delta integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  local_day date := (a.created_at AT TIME ZONE 'Europe/Paris')::date;
  local_month date := month_start(local_day);
  zone_key text := alert_zone(a.context);
BEGIN
  INSERT INTO alert_day_count AS c (day, dimension, key, alerts)
  VALUES (local_day, 'status', a.status, delta), (local_day, 'severity', a.severity, delta),
         (local_day, 'category', a.category, delta), (local_day, 'zone', zone_key, delta)
  ON CONFLICT (day, dimension, key) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
  INSERT INTO alert_month_count AS c (month, dimension, key, alerts)
  VALUES (local_month, 'status', a.status, delta), (local_month, 'severity', a.severity, delta),
         (local_month, 'category', a.category, delta), (local_month, 'zone', zone_key, delta)
  ON CONFLICT (month, dimension, key) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
  IF delta < 0 THEN
    DELETE FROM alert_day_count AS c
    WHERE c.day = local_day AND c.alerts = 0 AND (c.dimension, c.key) IN
      (('status', a.status), ('severity', a.severity), ('category', a.category), ('zone', zone_key));
    DELETE FROM alert_month_count AS c
    WHERE c.month = local_month AND c.alerts = 0 AND (c.dimension, c.key) IN
      (('status', a.status), ('severity', a.severity), ('category', a.category), ('zone', zone_key));
  END IF;
  IF NOT COALESCE((a.context->>'inBufferZone')::boolean, false) THEN RETURN; END IF;
  -- An alert over two communes counts in both (grouped: a commune listed twice counts twice).
  IF delta > 0 THEN
    WITH communes AS (
      SELECT commune->>'id' AS commune_id, COALESCE(commune->>'label', commune->>'id') AS label, count(*) AS alerts
      FROM jsonb_array_elements(COALESCE(a.context->'communes', '[]')) AS commune
      WHERE commune->>'id' IS NOT NULL
      GROUP BY 1, 2
    ),
    days AS (
      INSERT INTO alert_buffer_commune_count AS c (day, category, commune_id, label, alerts)
      SELECT local_day, a.category, commune_id, label, alerts FROM communes
      ON CONFLICT (day, category, commune_id, label) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts
    )
    INSERT INTO alert_buffer_commune_month_count AS c (category, month, commune_id, label, alerts)
    SELECT a.category, local_month, commune_id, label, alerts FROM communes
    ON CONFLICT (category, month, commune_id, label) DO UPDATE SET alerts = c.alerts + EXCLUDED.alerts;
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
    ),
    emptied AS (
      DELETE FROM alert_buffer_commune_count AS c USING gone
      WHERE c.day = local_day AND c.category = a.category AND c.commune_id = gone.commune_id
        AND c.label = gone.label AND c.alerts = gone.alerts
    ),
    month_lowered AS (
      UPDATE alert_buffer_commune_month_count AS c SET alerts = c.alerts - gone.alerts FROM gone
      WHERE c.category = a.category AND c.month = local_month AND c.commune_id = gone.commune_id
        AND c.label = gone.label AND c.alerts > gone.alerts
    )
    DELETE FROM alert_buffer_commune_month_count AS c USING gone
    WHERE c.category = a.category AND c.month = local_month AND c.commune_id = gone.commune_id
      AND c.label = gone.label AND c.alerts = gone.alerts;
  END IF;
END
$$;

-- Backfill from the day counts, which equal the alerts (0012's triggers and the test of 0020 say so).
INSERT INTO alert_month_count (month, dimension, key, alerts)
SELECT month_start(day), dimension, key, sum(alerts) FROM alert_day_count GROUP BY 1, 2, 3;

INSERT INTO alert_buffer_commune_month_count (category, month, commune_id, label, alerts)
SELECT category, month_start(day), commune_id, label, sum(alerts) FROM alert_buffer_commune_count
GROUP BY 1, 2, 3, 4;
