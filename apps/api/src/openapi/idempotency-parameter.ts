import { KEYED_METHODS, UNKEYED_ROUTES } from '../plugins/idempotency/keyed-routes.ts'

// The Idempotency-Key header is read by a hook (plugins/idempotency) or by the few routes that keep it
// with the row they create, never by a route's schema: the document would not name it without this.

/** The header as one shared parameter, referenced by every write that takes it (architecture §34). */
export const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Clé choisie par le client (un UUID convient) : une écriture renvoyée avec la même clé n’est faite qu’une fois, ' +
    'et sa réponse est rendue à nouveau (en-tête Idempotent-Replayed: true). Un autre corps sous la même clé : 422. ' +
    'Clés gardées 24 h par compte.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]{1,255}$' },
}

const REFERENCE = { $ref: '#/components/parameters/Idempotency-Key' }

/** `POST /erbm/cites/:id/avis`, the way keyed-routes.ts names a route, from its OpenAPI method and path. */
const routeName = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`

/** Whether an operation of the document takes the header: every write but the unkeyed ones. */
const takesIdempotencyKey = (method: string, path: string) =>
  KEYED_METHODS.has(method.toUpperCase()) && !UNKEYED_ROUTES.has(routeName(method, path))

type Parameters = { parameters?: unknown[] }

/** Adds the header's reference to the operation when it takes one (after `tidy`'s own parameters pass). */
export function declareIdempotencyKey(method: string, path: string, operation: Parameters) {
  if (!takesIdempotencyKey(method, path)) return
  operation.parameters = [...(operation.parameters ?? []), REFERENCE]
}
