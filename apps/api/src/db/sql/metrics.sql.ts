/**
 * Alerts by status for GET /metrics, read from the per-month counts the triggers of migrations 0012 and
 * 0022 keep exact (alert_month_count): a scrape sums a few hundred rows instead of counting every alert
 * (the per-day counts it read before grow with the days the alerts fill: 24,000 rows at 1M).
 */
export const ALERTS_BY_STATUS_SQL = `
SELECT key AS status, sum(alerts)::int AS alerts
FROM alert_month_count
WHERE dimension = 'status'
GROUP BY key
ORDER BY key`
