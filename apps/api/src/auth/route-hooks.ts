import type { FastifyReply, FastifyRequest } from 'fastify'

/** onSend: answers about accounts carry secrets (CSRF token, API token): no cache may keep them. */
export async function noStore(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header('Cache-Control', 'no-store')
  return payload
}
