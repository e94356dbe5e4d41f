import type { FastifyReply, FastifyRequest } from 'fastify'

/** The headers of an answer that depends on who asks (an alert may name a threatened site). */
export function markPrivate(reply: FastifyReply): void {
  // no-store: neither a shared cache nor the browser's keeps it; Vary for any cache that ignores that.
  reply.header('Cache-Control', 'private, no-store')
  reply.header('Vary', 'Cookie, Authorization')
}

/** onSend hook form of markPrivate, for a whole plugin of caller-dependent answers. */
export async function privateAnswer(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  markPrivate(reply)
  return payload
}
