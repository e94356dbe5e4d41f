import type pg from 'pg'
import { ALERT_COLLECTION_COUNT_CAP } from '../../src/db/sql/alert-list.sql.ts'
import type { SessionHeaders } from './accounts.ts'
import { call, TOWN_BOX } from './requests.ts'
import { INDEPENDENT_TOTALS_SQL } from './scale-data.sql.ts'

// Counts must stay right at a million alerts (issue 12 §4): what the API answers, next to the same totals
// counted straight from the tables by SQL written for this check.

/**
 * What the API said (null: it left the figure out) and what the tables hold; `omittedAbove`: the API may
 * leave it out when the tables hold more than that (the alertes collection's numberMatched).
 */
export interface TotalsFigure {
  label: string
  api: number | null
  tables: number
  omittedAbove?: number
}

/** Whether the API's figure is the tables', or left out where it may be. */
export const figureRight = (figure: TotalsFigure) =>
  figure.api === null
    ? figure.omittedAbove !== undefined && figure.tables > figure.omittedAbove
    : figure.api === figure.tables

export interface TotalsCheck {
  /** One line per figure: what the API said and what the tables hold. */
  figures: TotalsFigure[]
  ok: boolean
}

const json = async <T>(apiBase: string, headers: SessionHeaders, path: string) =>
  JSON.parse((await call(apiBase, headers, 'GET', path)).text) as T

/** Compares the API's totals with independent counts, as an officer (who sees every alert). */
export async function checkTotals(
  pool: pg.Pool,
  apiBase: string,
  headers: SessionHeaders,
): Promise<TotalsCheck> {
  const tables = (
    await pool.query<{ alerts: number; newAlerts: number; badgeAlerts: number; inBox: number }>(
      INDEPENDENT_TOTALS_SQL,
      TOWN_BOX,
    )
  ).rows[0]!
  const all = await json<{ numberMatched: number }>(apiBase, headers, '/alerts?limit=1')
  const fresh = await json<{ numberMatched: number }>(apiBase, headers, '/alerts?status=nouvelle&limit=1')
  const box = await json<{ numberMatched?: number }>(
    apiBase,
    headers,
    `/collections/alertes/items?bbox=${TOWN_BOX.join(',')}&limit=1`,
  )
  const { badges } = await json<{ badges: { count: number }[] }>(apiBase, headers, '/alerts/badges')
  const indicators = await json<{ alerts: { total: { count: number | null } } }>(
    apiBase,
    headers,
    '/indicators',
  )
  const figures = [
    { label: 'alerts (GET /alerts numberMatched)', api: all.numberMatched, tables: tables.alerts },
    {
      label: "status 'nouvelle' (GET /alerts numberMatched)",
      api: fresh.numberMatched,
      tables: tables.newAlerts,
    },
    {
      label: 'alerts in the town box (alertes numberMatched)',
      api: box.numberMatched ?? null,
      tables: tables.inBox,
      omittedAbove: ALERT_COLLECTION_COUNT_CAP,
    },
    {
      label: 'open alerts on badges (sum of badge counts)',
      api: badges.reduce((sum, badge) => sum + badge.count, 0),
      tables: tables.badgeAlerts,
    },
    {
      label: 'alerts (GET /indicators total)',
      api: indicators.alerts.total.count ?? -1,
      tables: tables.alerts,
    },
  ]
  return { figures, ok: figures.every(figureRight) }
}
