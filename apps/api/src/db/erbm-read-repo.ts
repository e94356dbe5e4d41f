import type { ErbmCriterion, ErbmOpinionSubject, ErbmPhase, ErbmVerdict } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { allRows, firstRow } from './query-rows.ts'
import {
  CITE_EXISTS_SQL,
  SELECT_ATTACHMENT_SQL,
  SELECT_CITE_SUMMARIES_SQL,
  SELECT_DOSSIERS_SQL,
  SELECT_EVALUATION_PHOTO_SQL,
  SELECT_EVALUATIONS_SQL,
  SELECT_EVENTS_SQL,
  SELECT_FOLLOWUP_SQL,
  SELECT_OPINIONS_SQL,
  SELECT_PHASES_SQL,
  SELECT_PRIORITY_LIST_STATE_SQL,
} from './sql/erbm-read.sql.ts'

export interface ErbmSummaryRow {
  id: string
  nom: string | null
  communes: string[]
  priorite: 'inconnue' | 'oui' | 'non'
  bailleur: string | null
  logements: number | null
  phase: ErbmPhase | null
  phaseStartedOn: string | null
  phaseEndedOn: string | null
  opinionId: string | null
  opinionGivenOn: string | null
  opinionSubject: ErbmOpinionSubject | null
  opinionVerdict: ErbmVerdict | null
  visitedOn: string | null
  habitabilite: number | null
  facades: number | null
  abords: number | null
  patrimoine: number | null
  openAlerts: number
}

interface Authored {
  authorId: string | null
  authorName: string | null
  createdAt: Date
}
interface StoredFile {
  id: string
  filename: string
  mediaType: string
  byteSize: number
}
export interface ErbmOpinionRow extends Authored {
  id: string
  givenOn: string
  subject: ErbmOpinionSubject
  verdict: ErbmVerdict
  text: string
  dossierNumber: string | null
  attachments: StoredFile[]
}
export type ErbmEvaluationRow = Authored & {
  id: string
  visitedOn: string
  photos: (StoredFile & { criterion: ErbmCriterion | null })[]
} & Record<`${ErbmCriterion}_score`, number> &
  Record<`${ErbmCriterion}_comment`, string>

export interface ErbmEventRow {
  id: number
  kind: 'followup' | 'phase' | 'opinion' | 'dossier' | 'evaluation'
  at: Date
  authorId: string | null
  authorName: string | null
  data: Record<string, unknown>
}

export interface ErbmFileRow {
  filename: string
  mediaType: string
  sha256: string
  content: Buffer
}

/** Reads the ERBM follow-up: the dashboard's lines, one cité's follow-up, and stored files. */
export function createErbmReadRepo(db: Queryable) {
  return {
    async citeExists(citeId: string): Promise<boolean> {
      return (await firstRow(db, CITE_EXISTS_SQL, [citeId])) !== undefined
    },
    /** @param alerts the open statuses, and the organisation the caller's alerts are limited to */
    summaries(alerts: { openStatuses: readonly string[]; organisationId: string | null }, citeId?: string) {
      return allRows<ErbmSummaryRow>(db, SELECT_CITE_SUMMARIES_SQL, [
        alerts.openStatuses,
        alerts.organisationId,
        citeId ?? null,
      ])
    },
    priorityListState() {
      return firstRow<{ complete: boolean; source: string }>(db, SELECT_PRIORITY_LIST_STATE_SQL)
    },
    followup(citeId: string) {
      return firstRow<{ bailleur: string | null; logements: number | null; updatedAt: Date }>(
        db,
        SELECT_FOLLOWUP_SQL,
        [citeId],
      )
    },
    phases(citeId: string) {
      return allRows<{ phase: ErbmPhase; startedOn: string | null; endedOn: string | null }>(
        db,
        SELECT_PHASES_SQL,
        [citeId],
      )
    },
    opinions: (citeId: string) => allRows<ErbmOpinionRow>(db, SELECT_OPINIONS_SQL, [citeId]),
    dossiers(citeId: string) {
      return allRows<{ number: string; url: string | null; label: string | null; createdAt: Date }>(
        db,
        SELECT_DOSSIERS_SQL,
        [citeId],
      )
    },
    evaluations: (citeId: string) => allRows<ErbmEvaluationRow>(db, SELECT_EVALUATIONS_SQL, [citeId]),
    events: (citeId: string) => allRows<ErbmEventRow>(db, SELECT_EVENTS_SQL, [citeId]),
    attachment(citeId: string, opinionId: string, attachmentId: string) {
      return firstRow<ErbmFileRow>(db, SELECT_ATTACHMENT_SQL, [citeId, opinionId, attachmentId])
    },
    evaluationPhoto(citeId: string, evaluationId: string, photoId: string) {
      return firstRow<ErbmFileRow>(db, SELECT_EVALUATION_PHOTO_SQL, [citeId, evaluationId, photoId])
    },
  }
}
