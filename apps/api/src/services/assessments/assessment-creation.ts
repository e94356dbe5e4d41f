import { createHash } from 'node:crypto'
import {
  type Actor,
  ALERT_PHOTO_MAX_COUNT,
  type Assessment,
  AssessmentCreateRequestSchema,
  can,
} from '@heritage-watch/shared'
import type { AssessmentsDependencies } from '../../db/assessment-repos.ts'
import { UnprocessableContentError, ValidationError } from '../../errors.ts'
import { parseInput } from '../accounts/input.ts'
import { checkPhotos, type ReceivedPhoto } from '../alerts/photos.ts'
import { userIdOf } from './assessment-access.ts'
import { loadAssessment } from './load-assessment.ts'
import { ASSESSMENT_MESSAGES } from './messages.ts'
import { resolveFeature } from './resolve-feature.ts'
import { checkVisitedOn } from './visited-on.ts'

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/

/** Rolls back a creation whose Idempotency-Key another request claimed first. */
class KeyClaimedElsewhere extends Error {}

/**
 * Recording constats (issue #10 §2). An officer's constat is valid when written; a partner's is a
 * proposal until an officer decides. The constat, its photos, its first event and its Idempotency-Key
 * are written in one transaction.
 */
export function createAssessmentCreationService({ repos, inTransaction }: AssessmentsDependencies) {
  return {
    /**
     * @throws ValidationError (fields, feature, visit date, photos), PayloadTooLargeError (photo),
     *   UnprocessableContentError (key reused for another request)
     */
    async create(
      actor: Actor,
      input: { body: unknown; photos: ReceivedPhoto[]; idempotencyKey?: string },
    ): Promise<{ assessment: Assessment; replayed: boolean }> {
      const userId = userIdOf(actor)
      const { idempotencyKey: key } = input
      if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
        throw new ValidationError([
          { name: 'Idempotency-Key', reason: ASSESSMENT_MESSAGES.idempotencyKeyFormat },
        ])
      }
      const body = parseInput(AssessmentCreateRequestSchema, input.body)
      checkVisitedOn(body.visitedOn)
      if (input.photos.length > ALERT_PHOTO_MAX_COUNT) {
        throw new ValidationError([{ name: 'photo', reason: `at most ${ALERT_PHOTO_MAX_COUNT} photos` }])
      }
      const photos = await checkPhotos(input.photos)
      const requestHash = createHash('sha256')
        .update(JSON.stringify({ body, photos: photos.map((photo) => photo.sha256) }))
        .digest('hex')

      const replay = async () => {
        if (key === undefined) return undefined
        const stored = await repos.write.findIdempotencyKey(userId, key)
        if (!stored) return undefined
        if (stored.requestHash !== requestHash) {
          throw new UnprocessableContentError(ASSESSMENT_MESSAGES.idempotencyMismatch, 'idempotency_mismatch')
        }
        return { assessment: await loadAssessment(repos.read, actor, stored.assessmentId), replayed: true }
      }
      const earlier = await replay()
      if (earlier) return earlier

      const { feature: reference, ...facts } = body
      const valid = can(actor, 'assessment:validate')
      let id: string
      try {
        id = await inTransaction(async (tx) => {
          const feature = await resolveFeature(tx.write, reference)
          const created = await tx.write.insertAssessment({
            collection: feature.collection,
            table: feature.table,
            featureId: feature.id,
            label: feature.label,
            facts,
            status: valid ? 'validee' : 'proposee',
            authorId: userId,
            organisationId: actor.organisationId,
            anchor: feature.anchor,
          })
          for (const photo of photos) await tx.write.insertPhoto(created, photo)
          await tx.write.insertEvent(created, valid ? 'created' : 'proposed', userId, {})
          if (key !== undefined && !(await tx.write.claimIdempotencyKey(userId, key, requestHash, created))) {
            throw new KeyClaimedElsewhere()
          }
          return created
        })
      } catch (error) {
        if (error instanceof KeyClaimedElsewhere) {
          const raced = await replay()
          if (raced) return raced
        }
        throw error
      }
      return { assessment: await loadAssessment(repos.read, actor, id), replayed: false }
    },
  }
}

export type AssessmentCreationService = ReturnType<typeof createAssessmentCreationService>
