import type { Queryable } from './pool.ts'
import { allRows, firstRow } from './query-rows.ts'
import { featureLabelQuery, HISTORY_SQL } from './sql/history.sql.ts'

/** One row of a feature's merged timeline, before the service words its summary. */
export interface HistoryRow {
  at: string
  on: string | null
  source: 'alert' | 'assessment' | 'erbm'
  kind: string
  author: { id: string; displayName: string } | null
  itemType: 'alert' | 'assessment' | 'erbm-cite'
  itemId: string
  /** Null for the ERBM follow-up, which has no reference of its own. */
  reference: string | null
  /** Null for the ERBM follow-up: the cité's label is the feature's. */
  label: string | null
  data: Record<string, unknown>
}

/** What of each source the timeline may show: `organisationId` null means every organisation's. */
export interface HistoryScope {
  alerts: { organisationId: string | null } | null
  assessments: { organisationId: string | null } | null
  /** The ERBM cité whose follow-up is shown, or null. */
  erbmCiteId: string | null
}

/** Reads a feature's label and its merged timeline (sql/history.sql.ts). */
export function createHistoryRepo(db: Queryable) {
  return {
    /** The feature's label, or undefined when the collection has no feature with this id. */
    async featureLabel(collectionId: string, featureId: string): Promise<string | undefined> {
      const row = await firstRow<{ label: string }>(db, featureLabelQuery(collectionId), [featureId])
      return row?.label
    },

    /** The newest `limit` entries of the feature's table and id that `scope` lets through. */
    async timeline(
      feature: { table: string; id: string },
      scope: HistoryScope,
      limit: number,
    ): Promise<HistoryRow[]> {
      return allRows<HistoryRow>(db, HISTORY_SQL, [
        feature.table,
        feature.id,
        scope.alerts !== null,
        scope.alerts?.organisationId ?? null,
        scope.assessments !== null,
        scope.assessments?.organisationId ?? null,
        scope.erbmCiteId,
        limit,
      ])
    },
  }
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>
