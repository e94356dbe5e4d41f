import { MEDIA_TYPES, ProblemSchema } from '@heritage-watch/shared'
import { type ZodType, z } from 'zod'

// Pieces of the `schema` that every route declares. Fastify validates with them (the zod type
// provider), and @fastify/swagger writes the OpenAPI document from the same declarations, so the
// document cannot say anything the routes do not do.

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503

const PROBLEM_DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'Paramètre ou champ invalide, nommé dans invalid-params',
  401: 'Authentification requise (ou session expirée, jeton inconnu ou révoqué)',
  403: 'Interdit par la politique d’accès, ou en-tête X-CSRF-Token absent ou faux',
  404: 'Introuvable, ou invisible pour ce compte',
  409: 'Conflit (transition de statut interdite, alerte close…)',
  413: 'Trop volumineux',
  415: 'Type de contenu non pris en charge',
  422: 'Idempotency-Key déjà utilisée pour une autre requête',
  429: 'Trop de tentatives',
  503: 'Service momentanément indisponible (base de données injoignable ou trop lente, serveur saturé, moteur PDF absent ou occupé) ; voir Retry-After',
}

/** The problem+json answers a route may give, by status. */
export function problems(...statuses: ProblemStatus[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: PROBLEM_DESCRIPTIONS[status],
        content: { [MEDIA_TYPES.problem]: { schema: ProblemSchema } },
      },
    ]),
  )
}

/** An answer in one media type, shaped by `schema`. */
export const answer = (description: string, schema: ZodType, mediaType: string = MEDIA_TYPES.json) => ({
  description,
  content: { [mediaType]: { schema } },
})

/** A resource offered as JSON (of the given media type) and as an HTML page (`f=html`, or Accept). */
export const jsonOrHtml = (description: string, schema: ZodType, mediaType: string = MEDIA_TYPES.json) => ({
  description,
  content: { [mediaType]: { schema }, [MEDIA_TYPES.html]: { schema: z.string() } },
})

/** Any bytes: a Buffer or a string, which the serializer does not touch. */
export const BINARY = z.any().meta({ type: 'string', format: 'binary' })

/** Bytes or text the serializer leaves alone (tiles, photos, CSV, Atom, event streams). */
export const opaque = (description: string, ...mediaTypes: string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: BINARY }])),
})

/**
 * A JSON request body. Declared by media type, so that Fastify validates JSON bodies only: a
 * multipart form (photos) is read by its own route code and may be documented beside it.
 */
export const jsonBody = (schema: ZodType, others: Record<string, object> = {}) => ({
  content: {
    [MEDIA_TYPES.json]: { schema },
    ...Object.fromEntries(Object.entries(others).map(([type, jsonSchema]) => [type, { schema: jsonSchema }])),
  },
})

type Security = Record<string, string[]>[]
/** A read by an account: cookie or token. */
export const READ_SECURITY: Security = [{ sessionCookie: [] }, { bearerToken: [] }]
/** A write by an account: cookie with its CSRF header, or token. */
export const WRITE_SECURITY: Security = [{ sessionCookie: [], csrfHeader: [] }, { bearerToken: [] }]

/** An answer without a body (204). */
export const noContent = (description: string) => ({ description, content: {} })
