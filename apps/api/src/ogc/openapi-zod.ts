import { MEDIA_TYPES } from '@heritage-watch/shared'
import { type ZodType, z } from 'zod'

// The JSON Schemas of the accounts and alerts paths are derived from the shared zod contract, so the
// document cannot drift from what the API parses and the web app checks.

/**
 * A zod schema as an OpenAPI 3.0 schema object: `input` for what a client sends (defaults optional),
 * `output` for what it gets back.
 */
export function schemaOf(schema: ZodType, io: 'input' | 'output' = 'output'): object {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    // z.unknown() (a stored GeoJSON geometry) has no 3.0 form: any value.
    unrepresentable: 'any',
  }) as Record<string, unknown>
  return rest
}

/** A JSON request body checked by `schema`. */
export const jsonBody = (schema: ZodType, description?: string) => ({
  required: true,
  ...(description ? { description } : {}),
  content: { [MEDIA_TYPES.json]: { schema: schemaOf(schema, 'input') } },
})

/** A JSON answer shaped by `schema`. */
export const jsonAnswer = (schema: ZodType, description: string) => ({
  description,
  content: { [MEDIA_TYPES.json]: { schema: schemaOf(schema) } },
})

/** The problem+json answers a route may give, by status. */
export function problems(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 422 | 429)[]) {
  const descriptions = {
    400: 'Paramètre ou champ invalide, nommé dans invalid-params',
    401: 'Authentification requise (ou session expirée, jeton inconnu ou révoqué)',
    403: 'Interdit par la politique d’accès, ou en-tête X-CSRF-Token absent ou faux',
    404: 'Introuvable, ou invisible pour ce compte',
    409: 'Conflit (transition de statut interdite, alerte close…)',
    413: 'Photo trop volumineuse',
    422: 'Idempotency-Key déjà utilisée pour une autre requête',
    429: 'Trop de tentatives',
  }
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: descriptions[status],
        content: { [MEDIA_TYPES.problem]: { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  )
}

/** Security schemes: the browser's session cookie (its writes need X-CSRF-Token) and personal API tokens. */
export const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'hw_session',
    description: 'Session ouverte par POST /auth/login (HttpOnly, SameSite=Lax)',
  },
  csrfHeader: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'Jeton CSRF rendu par /auth/login et /auth/me : exigé sur toute écriture authentifiée par le cookie',
  },
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'Jeton d’API personnel hw_… créé par POST /auth/tokens (scripts, QGIS, GDAL)',
  },
  feedToken: {
    type: 'apiKey',
    in: 'query',
    name: 'token',
    description:
      'Le jeton d’API dans l’URL, pour les lecteurs de flux qui n’envoient pas d’en-têtes (GET /alerts/feed.atom seulement)',
  },
}

/** A read by an account: cookie or token. */
export const READ_SECURITY = [{ sessionCookie: [] }, { bearerToken: [] }]
/** A write by an account: cookie with its CSRF header, or token. */
export const WRITE_SECURITY = [{ sessionCookie: [], csrfHeader: [] }, { bearerToken: [] }]

/** A path parameter that is a UUID. */
export const uuidParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string', format: 'uuid' },
})
