import { createHash } from 'node:crypto'
import {
  type Actor,
  ALERT_PHOTO_MAX_COUNT,
  type Alert,
  AlertCreateRequestSchema,
  type AlertPreview,
  AlertPreviewRequestSchema,
} from '@heritage-watch/shared'
import type { AlertsDependencies } from '../../db/alert-repos.ts'
import { UnprocessableContentError, ValidationError } from '../../errors.ts'
import { parseInput } from '../accounts/input.ts'
import { organisationOf, rowScope, userIdOf } from './alert-access.ts'
import type { AlertBus } from './alert-bus.ts'
import { loadAlert } from './load-alert.ts'
import { ALERT_MESSAGES } from './messages.ts'
import { checkPhotos, type ReceivedPhoto } from './photos.ts'
import { resolvePlace } from './place.ts'
import { checkObservedOn } from './observed-on.ts'

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/

/** Rolls back a creation whose Idempotency-Key another request claimed first. */
class KeyClaimedElsewhere extends Error {}

/**
 * Creating alerts (issue #4): the preview of a place, and creation with its features, spatial context,
 * photos, first event and Idempotency-Key in one transaction.
 */
export function createAlertCreationService({
  repos,
  inTransaction,
  bus,
}: AlertsDependencies & { bus: AlertBus }) {
  return {
    /** The context and duplicate hints of a place, before an alert is written there. */
    async preview(actor: Actor, body: unknown): Promise<AlertPreview> {
      const place = parseInput(AlertPreviewRequestSchema, body)
      const resolved = await resolvePlace(repos, place)
      const scope = rowScope(actor)
      const [context, geometry, duplicates] = await Promise.all([
        repos.place.context(resolved.ewkb),
        repos.place.toGeoJson(resolved.ewkb),
        scope
          ? repos.read.duplicates({
              ewkb: resolved.ewkb,
              features: resolved.features,
              exceptId: null,
              organisationId: organisationOf(scope),
            })
          : [],
      ])
      const features = resolved.features.map(({ collection, id, label }) => ({ collection, id, label }))
      return { features, geometry, context, duplicates }
    },

    /**
     * Creates an alert with its features, context, photos and first event in one transaction. With an
     * Idempotency-Key, a retry of the same request returns the first alert (`replayed`).
     * @throws ValidationError (fields, geometry, features, photos), PayloadTooLargeError (photo),
     *   UnprocessableContentError (key reused for another request)
     */
    async create(
      actor: Actor,
      input: { body: unknown; photos: ReceivedPhoto[]; idempotencyKey?: string },
    ): Promise<{ alert: Alert; replayed: boolean }> {
      const userId = userIdOf(actor)
      const { idempotencyKey: key } = input
      if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
        throw new ValidationError([{ name: 'Idempotency-Key', reason: ALERT_MESSAGES.idempotencyKeyFormat }])
      }
      const body = parseInput(AlertCreateRequestSchema, input.body)
      checkObservedOn(body.observedOn)
      if (input.photos.length > ALERT_PHOTO_MAX_COUNT) {
        throw new ValidationError([
          { name: 'photo', reason: ALERT_MESSAGES.photoTooMany, code: 'photo_too_many' },
        ])
      }
      const photos = await checkPhotos(input.photos)
      const requestHash = createHash('sha256')
        .update(JSON.stringify({ body, photos: photos.map((photo) => photo.sha256) }))
        .digest('hex')

      // Outside any transaction: a replay reads what an earlier request committed.
      const replay = async (): Promise<{ alert: Alert; replayed: boolean } | undefined> => {
        if (key === undefined) return undefined
        const stored = await repos.write.findIdempotencyKey(userId, key)
        if (!stored) return undefined
        if (stored.requestHash !== requestHash) {
          throw new UnprocessableContentError(ALERT_MESSAGES.idempotencyMismatch, 'idempotency_mismatch')
        }
        return { alert: await loadAlert(repos.read, actor, stored.alertId), replayed: true }
      }
      const earlier = await replay()
      if (earlier) return earlier

      let created: { id: string; at: Date; organisationId: string | null }
      try {
        created = await inTransaction(async (tx) => {
          const place = await resolvePlace(tx, body)
          const organisationId = actor.organisationId
          // With its spatial context and its 'created' event.
          const { id, at } = await tx.write.insertAlert({
            title: body.title,
            description: body.description,
            category: body.category,
            severity: body.severity,
            observedOn: body.observedOn,
            ewkb: place.ewkb,
            geometryOrigin: place.origin,
            reporterId: userId,
            organisationId,
          })
          await tx.write.insertFeatures(id, place.features)
          for (const photo of photos) await tx.write.insertPhoto(id, photo)
          if (key !== undefined && !(await tx.write.claimIdempotencyKey(userId, key, requestHash, id))) {
            throw new KeyClaimedElsewhere()
          }
          return { id, at, organisationId }
        })
      } catch (error) {
        // Two copies of one request raced: the other one committed first (this one rolled back), so
        // this is a replay.
        if (error instanceof KeyClaimedElsewhere) {
          const raced = await replay()
          if (raced) return raced
        }
        throw error
      }
      await bus.publish({
        alertId: created.id,
        organisationId: created.organisationId,
        kind: 'created',
        status: 'nouvelle',
        at: created.at.toISOString(),
      })
      return { alert: await loadAlert(repos.read, actor, created.id), replayed: false }
    },
  }
}

export type AlertCreationService = ReturnType<typeof createAlertCreationService>
