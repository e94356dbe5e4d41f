import type { AssessmentCondition } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { allRows, firstRow } from './query-rows.ts'
import {
  ASSESSMENT_DETAIL_SQL,
  ASSESSMENT_EVENTS_SQL,
  ASSESSMENT_LATEST_SQL,
  ASSESSMENT_PHOTO_SQL,
  ASSESSMENT_PHOTOS_SQL,
  ASSESSMENT_SERIES_SQL,
  SITE_AT_RISK_EXISTS_SQL,
  SITE_AT_RISK_FOLLOWUP_SQL,
} from './sql/assessment-read.sql.ts'

/** A constat as stored, with its author's and organisation's names. */
export interface AssessmentRow {
  id: string
  number: string
  collection: string
  featureTable: string
  featureId: string
  label: string
  visitedOn: string
  condition: string
  trend: string
  occupancy: string
  priority: string
  threats: string[]
  note: string
  origin: string
  source: string | null
  status: string
  organisationId: string | null
  author: string | null
  organisation: string | null
  createdAt: Date
  longitude: number | null
  latitude: number | null
}

export interface AssessmentPhotoRow {
  id: string
  assessmentId: string
  filename: string
  mediaType: string
  byteSize: number
  sha256: string
}

export interface AssessmentEventRow {
  id: number
  assessmentId: string
  kind: string
  at: Date
  author: string | null
  comment: string | null
}

/** Reads constats; `organisationId` narrows to one organisation's (and the source-derived), null: all. */
export function createAssessmentReadRepo(db: Queryable) {
  return {
    detail: (id: string) => firstRow<AssessmentRow>(db, ASSESSMENT_DETAIL_SQL, [id]),

    series: (table: string, featureId: string, organisationId: string | null) =>
      allRows<AssessmentRow>(db, ASSESSMENT_SERIES_SQL, [table, featureId, organisationId]),

    photos: (ids: string[]) => allRows<AssessmentPhotoRow>(db, ASSESSMENT_PHOTOS_SQL, [ids]),

    photo: (id: string, photoId: string) =>
      firstRow<{ filename: string; mediaType: string; sha256: string; content: Buffer }>(
        db,
        ASSESSMENT_PHOTO_SQL,
        [id, photoId],
      ),

    events: (ids: string[]) => allRows<AssessmentEventRow>(db, ASSESSMENT_EVENTS_SQL, [ids]),

    latest: (organisationId: string | null) =>
      allRows<{ collection: string; id: string; condition: AssessmentCondition; visitedOn: string }>(
        db,
        ASSESSMENT_LATEST_SQL,
        [organisationId],
      ),

    async siteAtRiskExists(id: string): Promise<boolean> {
      return (await firstRow(db, SITE_AT_RISK_EXISTS_SQL, [id])) !== undefined
    },

    siteAtRiskFollowup: (id: string) =>
      firstRow<{
        siteId: string
        fondationPatrimoineUrl: string | null
        proprietaire: string | null
        protection: string | null
        updatedAt: Date
        updatedBy: string | null
      }>(db, SITE_AT_RISK_FOLLOWUP_SQL, [id]),
  }
}

export type AssessmentReadRepo = ReturnType<typeof createAssessmentReadRepo>
