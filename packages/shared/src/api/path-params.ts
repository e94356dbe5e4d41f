import { z } from 'zod'

// Path parameters the services read themselves (their 400s and 404s say more than a pattern would):
// declared as text, and documented as what they stand for.

/**
 * A path id documented as a UUID; the service reads it and names it in its 400.
 * @param description what the id names, for the OpenAPI document
 */
export const uuidText = (description: string) => z.string().meta({ format: 'uuid', description })

/**
 * `{id}` of an account's resource: a token, a user, an alert.
 * @example idParamsSchema('Identifiant du jeton').parse({ id: '…' })
 */
export const idParamsSchema = (description: string) => z.object({ id: uuidText(description) })

/** `/alerts/{id}/photos/{photoId}`. */
export const AlertPhotoParamsSchema = idParamsSchema('Identifiant de l’alerte').extend({
  photoId: uuidText('Identifiant de la photo'),
})

/** `/collections/{collectionId}/items/{featureId}/context`. */
export const FeatureContextParamsSchema = z.object({
  collectionId: z.string().meta({ description: 'Identifiant de la collection' }),
  featureId: z.string().meta({ description: 'Identifiant de l’entité' }),
})

/** `GET /healthz`: the service and its database answer. */
export const HealthSchema = z.object({ status: z.literal('ok') })
