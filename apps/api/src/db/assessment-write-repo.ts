import type { AssessmentCreateRequest, AssessmentStatus } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { firstRow } from './query-rows.ts'
import {
  assessmentSubjectSql,
  DECIDE_ASSESSMENT_SQL,
  FIND_ASSESSMENT_IDEMPOTENCY_KEY_SQL,
  INSERT_ASSESSMENT_EVENT_SQL,
  INSERT_ASSESSMENT_IDEMPOTENCY_KEY_SQL,
  INSERT_ASSESSMENT_PHOTO_SQL,
  INSERT_ASSESSMENT_SQL,
  UPSERT_SITE_AT_RISK_FOLLOWUP_SQL,
} from './sql/assessment-write.sql.ts'

/** The facts of a new constat, parsed. */
export type NewAssessmentFacts = Required<Omit<AssessmentCreateRequest, 'feature'>>

/**
 * Writes constats and what they hold: photos, history events (append-only: nothing here updates or
 * deletes an event), Idempotency-Keys, and the endangered sites' follow-up. Run on a transaction's client.
 */
export function createAssessmentWriteRepo(db: Queryable) {
  return {
    /** The feature's label and anchor; undefined when the collection has no such feature. */
    subject: (collection: string, id: string) =>
      firstRow<{ id: string; label: string; anchor: string | null }>(db, assessmentSubjectSql(collection), [
        id,
      ]),

    async insertAssessment(assessment: {
      collection: string
      table: string
      featureId: string
      label: string
      facts: NewAssessmentFacts
      status: AssessmentStatus
      authorId: string
      organisationId: string | null
      anchor: string | null
    }): Promise<string> {
      const { facts } = assessment
      const row = await firstRow<{ id: string }>(db, INSERT_ASSESSMENT_SQL, [
        assessment.collection,
        assessment.table,
        assessment.featureId,
        assessment.label,
        facts.visitedOn,
        facts.condition,
        facts.trend,
        facts.occupancy,
        facts.priority,
        facts.threats,
        facts.note,
        assessment.status,
        assessment.authorId,
        assessment.organisationId,
        assessment.anchor,
      ])
      return row!.id
    },

    async insertPhoto(
      id: string,
      photo: { filename: string; mediaType: string; sha256: string; content: Buffer },
    ): Promise<void> {
      await db.query(INSERT_ASSESSMENT_PHOTO_SQL, [
        id,
        photo.filename,
        photo.mediaType,
        photo.content.length,
        photo.sha256,
        photo.content,
      ])
    },

    async insertEvent(
      id: string,
      kind: 'created' | 'proposed' | 'validated' | 'refused',
      authorId: string,
      data: Record<string, unknown>,
    ): Promise<void> {
      await db.query(INSERT_ASSESSMENT_EVENT_SQL, [id, kind, authorId, JSON.stringify(data)])
    },

    /** Whether the proposal moved to `status` (false: it is not, or no longer, a proposal). */
    async decide(id: string, status: 'validee' | 'refusee'): Promise<boolean> {
      return (await db.query(DECIDE_ASSESSMENT_SQL, [id, status])).rowCount === 1
    },

    findIdempotencyKey: (userId: string, key: string) =>
      firstRow<{ requestHash: string; assessmentId: string }>(db, FIND_ASSESSMENT_IDEMPOTENCY_KEY_SQL, [
        userId,
        key,
      ]),

    async claimIdempotencyKey(userId: string, key: string, requestHash: string, id: string) {
      return (
        (await db.query(INSERT_ASSESSMENT_IDEMPOTENCY_KEY_SQL, [userId, key, requestHash, id])).rowCount === 1
      )
    },

    async saveFollowup(
      siteId: string,
      followup: {
        fondationPatrimoineUrl: string | null
        proprietaire: string | null
        protection: string | null
      },
      userId: string,
    ): Promise<void> {
      await db.query(UPSERT_SITE_AT_RISK_FOLLOWUP_SQL, [
        siteId,
        followup.fondationPatrimoineUrl,
        followup.proprietaire,
        followup.protection,
        userId,
      ])
    },
  }
}

export type AssessmentWriteRepo = ReturnType<typeof createAssessmentWriteRepo>
