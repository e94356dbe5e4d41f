import type { ErbmCriterion, ErbmOpinionSubject, ErbmPhase, ErbmVerdict } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { firstRow } from './query-rows.ts'
import {
  FIND_IDEMPOTENT_EVENT_SQL,
  INSERT_ATTACHMENT_SQL,
  INSERT_DOSSIER_SQL,
  INSERT_EVALUATION_PHOTO_SQL,
  INSERT_EVALUATION_SQL,
  INSERT_EVENT_SQL,
  INSERT_OPINION_SQL,
  LOCK_FOLLOWUP_SQL,
  LOCK_IDEMPOTENCY_KEY_SQL,
  LOCK_PHASE_SQL,
  SELECT_DOSSIER_SQL,
  UPSERT_FOLLOWUP_SQL,
  UPSERT_PHASE_SQL,
} from './sql/erbm-write.sql.ts'

/** A file checked by content and ready to store. */
export interface NewErbmFile {
  filename: string
  mediaType: string
  sha256: string
  content: Buffer
}

export type ErbmEventKind = 'followup' | 'phase' | 'opinion' | 'dossier' | 'evaluation'

/**
 * Writes the ERBM follow-up and its events (append-only: nothing here updates or deletes an event).
 * Run on a transaction's client.
 */
export function createErbmWriteRepo(db: Queryable) {
  return {
    lockFollowup(citeId: string) {
      return firstRow<{ bailleur: string | null; logements: number | null }>(db, LOCK_FOLLOWUP_SQL, [citeId])
    },
    async upsertFollowup(
      citeId: string,
      values: { bailleur: string | null; logements: number | null },
      userId: string,
    ) {
      await db.query(UPSERT_FOLLOWUP_SQL, [citeId, values.bailleur, values.logements, userId])
    },
    lockPhase(citeId: string, phase: ErbmPhase) {
      return firstRow<{ startedOn: string | null; endedOn: string | null }>(db, LOCK_PHASE_SQL, [
        citeId,
        phase,
      ])
    },
    async upsertPhase(
      citeId: string,
      phase: ErbmPhase,
      dates: { startedOn: string | null; endedOn: string | null },
      userId: string,
    ) {
      await db.query(UPSERT_PHASE_SQL, [citeId, phase, dates.startedOn, dates.endedOn, userId])
    },
    async insertOpinion(
      citeId: string,
      opinion: {
        givenOn: string
        subject: ErbmOpinionSubject
        verdict: ErbmVerdict
        text: string
        dossierNumber: string | null
      },
      userId: string,
    ): Promise<string> {
      const { givenOn, subject, verdict, text, dossierNumber } = opinion
      const row = await firstRow<{ id: string }>(db, INSERT_OPINION_SQL, [
        citeId,
        givenOn,
        subject,
        verdict,
        text,
        dossierNumber,
        userId,
      ])
      return row!.id
    },
    async insertAttachment(opinionId: string, file: NewErbmFile) {
      await db.query(INSERT_ATTACHMENT_SQL, [
        opinionId,
        file.filename,
        file.mediaType,
        file.content.length,
        file.sha256,
        file.content,
      ])
    },
    dossier(citeId: string, number: string) {
      return firstRow<{ url: string | null; label: string | null }>(db, SELECT_DOSSIER_SQL, [citeId, number])
    },
    /** @returns false when the cité already has this dossier */
    async insertDossier(
      citeId: string,
      dossier: { number: string; url: string | null; label: string | null },
      userId: string,
    ): Promise<boolean> {
      const row = await firstRow(db, INSERT_DOSSIER_SQL, [
        citeId,
        dossier.number,
        dossier.url,
        dossier.label,
        userId,
      ])
      return row !== undefined
    },
    async insertEvaluation(
      citeId: string,
      evaluation: {
        visitedOn: string
        scores: Record<ErbmCriterion, number>
        comments: Record<ErbmCriterion, string>
      },
      userId: string,
    ): Promise<string> {
      const { visitedOn, scores, comments } = evaluation
      const row = await firstRow<{ id: string }>(db, INSERT_EVALUATION_SQL, [
        citeId,
        visitedOn,
        scores.habitabilite,
        comments.habitabilite,
        scores.facades,
        comments.facades,
        scores.abords,
        comments.abords,
        scores.patrimoine,
        comments.patrimoine,
        userId,
      ])
      return row!.id
    },
    async insertEvaluationPhoto(evaluationId: string, criterion: ErbmCriterion | null, file: NewErbmFile) {
      await db.query(INSERT_EVALUATION_PHOTO_SQL, [
        evaluationId,
        criterion,
        file.filename,
        file.mediaType,
        file.content.length,
        file.sha256,
        file.content,
      ])
    },
    async insertEvent(citeId: string, kind: ErbmEventKind, userId: string, data: Record<string, unknown>) {
      await db.query(INSERT_EVENT_SQL, [citeId, kind, userId, JSON.stringify(data)])
    },
    async lockIdempotencyKey(userId: string, key: string) {
      await db.query(LOCK_IDEMPOTENCY_KEY_SQL, [userId, key])
    },
    findIdempotentEvent(userId: string, key: string) {
      return firstRow<{ citeId: string; kind: ErbmEventKind; requestHash: string }>(
        db,
        FIND_IDEMPOTENT_EVENT_SQL,
        [userId, key],
      )
    },
  }
}
