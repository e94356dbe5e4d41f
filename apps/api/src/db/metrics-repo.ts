import type { Queryable } from './pool.ts'
import { allRows } from './query-rows.ts'
import { ALERTS_BY_STATUS_SQL } from './sql/metrics.sql.ts'

export interface MetricsRepo {
  /** The number of alerts in each status that has any (a status with none is absent). */
  alertsByStatus(): Promise<{ status: string; alerts: number }[]>
}

export function createMetricsRepo(db: Queryable): MetricsRepo {
  return {
    alertsByStatus: () => allRows(db, ALERTS_BY_STATUS_SQL),
  }
}
