import type { FastifyReply, FastifyRequest } from 'fastify'
import { ValidationError } from '../errors.ts'

/** onSend: answers about accounts carry secrets (CSRF token, API token): no cache may keep them. */
export async function noStore(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header('Cache-Control', 'no-store')
  return payload
}

/**
 * preValidation: the accounts routes take no query parameters, and like the rest of the API they refuse
 * unknown ones by name rather than ignore a typo.
 */
export async function refuseQueryParameters(request: FastifyRequest): Promise<void> {
  const names = Object.keys(request.query as Record<string, unknown>)
  if (names.length > 0) {
    throw new ValidationError(names.map((name) => ({ name, reason: 'unknown parameter; none is accepted' })))
  }
}
