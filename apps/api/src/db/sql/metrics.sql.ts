/**
 * Alerts by status for GET /metrics, read from the per-day counts the triggers of migration 0012 keep
 * exact (alert_day_count): a scrape sums a few thousand rows at most instead of counting every alert.
 */
export const ALERTS_BY_STATUS_SQL = `
SELECT key AS status, sum(alerts)::int AS alerts
FROM alert_day_count
WHERE dimension = 'status'
GROUP BY key
ORDER BY key`
