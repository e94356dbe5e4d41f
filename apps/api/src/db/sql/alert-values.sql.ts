import { ALERT_SEVERITIES, ALERT_STATUSES, OPEN_ALERT_STATUSES } from '@heritage-watch/shared'

// The alert vocabularies as SQL fragments, written from packages/shared so that the database orders and
// filters with the same lists as the code. The values are fixed constants, never user input.

const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ')
/** Open statuses as an SQL list (isOpen in packages/shared): the statuses that carry badges and duplicate hints. */
export const OPEN_STATUSES_SQL = sqlList(OPEN_ALERT_STATUSES)
/** The severities low → critical as an SQL array. */
export const SEVERITIES_ARRAY_SQL = `ARRAY[${sqlList(ALERT_SEVERITIES)}]`
/** Orders severities low → critical, statuses as the workflow goes. */
export const SEVERITY_RANK_SQL = `array_position(${SEVERITIES_ARRAY_SQL}::text[], a.severity)`
export const STATUS_RANK_SQL = `array_position(ARRAY[${sqlList(ALERT_STATUSES)}]::text[], a.status)`
