import type { CollectionTable } from '../collections/collection-tables.ts'
import type { Queryable } from './pool.ts'
import { allRows, firstRow } from './query-rows.ts'
import type {
  ErbmFollowupRows,
  MapFrameRow,
  MapLayerRow,
  SheetAlertRow,
  SheetAssessmentRow,
  SheetIndexRow,
  SheetPhotoRow,
  SiteAtRiskFollowupRow,
  StoredFeatureRef,
} from './sheet-rows.ts'
import {
  ERBM_CURRENT_PHASE_SQL,
  ERBM_DOSSIERS_SQL,
  ERBM_EVALUATIONS_SQL,
  ERBM_FOLLOWUP_SQL,
  ERBM_OPINIONS_SQL,
  ERBM_PHASES_SQL,
  ERBM_PHOTOS_SQL,
} from './sql/sheet-erbm.sql.ts'
import { SHEET_MAP_LAYERS_SQL, sheetFrameSql } from './sql/sheet-map.sql.ts'
import {
  SHEET_ALERTS_SQL,
  SHEET_ASSESSMENTS_SQL,
  SHEET_INDEX_SQL,
  SHEET_PHOTOS_SQL,
  SITE_AT_RISK_FOLLOWUP_SQL,
} from './sql/sheets.sql.ts'

const pairs = (refs: StoredFeatureRef[]) => [refs.map((ref) => ref.table), refs.map((ref) => ref.id)]

/** Limits on the photos a sheet embeds: how many, and the size of each. */
export interface PhotoLimits {
  count: number
  maxBytes: number
}

/**
 * Reads what a fiche-bilan shows. Every method that takes `organisationId` reads alerts or constats:
 * null means every organisation's, and the caller decides (from the policy) whether to call at all.
 * Queries run one after the other: the embedded database has one connection.
 */
export function createSheetsRepo(db: Queryable) {
  return {
    /** The map's frame and the feature's path, or undefined when the table has no such feature. */
    mapFrame: (table: CollectionTable, id: string, minWidthM: number, aspect: number) =>
      firstRow<MapFrameRow>(db, sheetFrameSql(table), [id, minWidthM, aspect]),

    /** The property and buffer zone inside a frame, clipped to it. */
    mapLayers: (frame: Pick<MapFrameRow, 'xMin' | 'yMin' | 'xMax' | 'yMax'>) =>
      allRows<MapLayerRow>(db, SHEET_MAP_LAYERS_SQL, [frame.xMin, frame.yMin, frame.xMax, frame.yMax]),

    alerts: (refs: StoredFeatureRef[], organisationId: string | null) =>
      allRows<SheetAlertRow>(db, SHEET_ALERTS_SQL, [...pairs(refs), organisationId]),

    /** The latest 200 constats, newest first. */
    assessments: (refs: StoredFeatureRef[], organisationId: string | null) =>
      allRows<SheetAssessmentRow>(db, SHEET_ASSESSMENTS_SQL, [...pairs(refs), organisationId]),

    /** Photos of the given constats, and of the feature's alerts when `withAlerts`. */
    photos: (
      refs: StoredFeatureRef[],
      organisationId: string | null,
      assessmentIds: string[],
      withAlerts: boolean,
      limits: PhotoLimits,
    ) =>
      allRows<SheetPhotoRow>(db, SHEET_PHOTOS_SQL, [
        ...pairs(refs),
        organisationId,
        assessmentIds,
        withAlerts,
        limits.count,
        limits.maxBytes,
      ]),

    siteAtRiskFollowup: (siteId: string) =>
      firstRow<SiteAtRiskFollowupRow>(db, SITE_AT_RISK_FOLLOWUP_SQL, [siteId]),

    async erbmFollowup(citeId: string): Promise<ErbmFollowupRows> {
      return {
        followup: await firstRow(db, ERBM_FOLLOWUP_SQL, [citeId]),
        currentPhase: (await firstRow<{ phase: string }>(db, ERBM_CURRENT_PHASE_SQL, [citeId]))?.phase,
        phases: await allRows(db, ERBM_PHASES_SQL, [citeId]),
        opinions: await allRows(db, ERBM_OPINIONS_SQL, [citeId]),
        dossiers: await allRows(db, ERBM_DOSSIERS_SQL, [citeId]),
        evaluations: await allRows(db, ERBM_EVALUATIONS_SQL, [citeId]),
      }
    },

    erbmPhotos: (citeId: string, limits: PhotoLimits) =>
      allRows<SheetPhotoRow>(db, ERBM_PHOTOS_SQL, [citeId, limits.count, limits.maxBytes]),

    index: () => allRows<SheetIndexRow>(db, SHEET_INDEX_SQL),
  }
}

export type SheetsRepo = ReturnType<typeof createSheetsRepo>
