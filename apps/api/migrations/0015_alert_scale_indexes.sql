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
