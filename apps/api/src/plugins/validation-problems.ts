import type { FastifyError, FastifyRequest } from 'fastify'
import type { FastifySchemaValidationError } from 'fastify/types/schema.js'
import type { InvalidParam } from '../errors.ts'

// A request that its route's declared schema refused, as the problem's invalid-params: the same
// names and reasons the API gave when it parsed by hand, so that clients (and the web app) read them
// as before.

const ZOD_UNKNOWN_KEYS = /^Unrecognized key/

/** The names a zod object schema accepts (through any transform wrapped around it). */
function acceptedNames(schema: unknown): string[] | undefined {
  const definition = (schema as { def?: { shape?: object; in?: unknown } } | undefined)?.def
  if (definition?.shape) return Object.keys(definition.shape)
  return definition?.in ? acceptedNames(definition.in) : undefined
}

function unknownReason(part: string | undefined, request: FastifyRequest): string {
  if (part === 'body') return 'unknown field'
  const schemas = request.routeOptions.schema as Record<string, unknown> | undefined
  const accepted = acceptedNames(schemas?.[part === 'params' ? 'params' : 'querystring'])
  return accepted?.length
    ? `unknown parameter; accepted: ${accepted.join(', ')}`
    : 'unknown parameter; none is accepted'
}

/**
 * The invalid parameters of a validation error: one per issue, and one per unknown name.
 * @returns undefined when the error is not a schema validation error
 */
export function validationProblems(error: FastifyError, request: FastifyRequest): InvalidParam[] | undefined {
  if (!error.validation?.length) return undefined
  const part = error.validationContext
  return error.validation.flatMap((issue: FastifySchemaValidationError): InvalidParam[] => {
    const message = issue.message ?? 'is invalid'
    if (issue.keyword === 'unrecognized_keys') {
      const keys = (issue.params as { keys?: string[] }).keys ?? []
      const reason = ZOD_UNKNOWN_KEYS.test(message) ? unknownReason(part, request) : message
      return keys.map((name) => ({ name, reason }))
    }
    const path = issue.instancePath.split('/').filter(Boolean).join('.')
    return [{ name: path || (part === 'body' ? 'body' : (part ?? 'query')), reason: message }]
  })
}
