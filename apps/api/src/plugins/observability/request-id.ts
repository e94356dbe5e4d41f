import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

const REQUEST_ID_HEADER = 'x-request-id'

/**
 * A proxy's or client's id is kept when it is short and plain (a UUID, a trace id): anything else (a
 * newline that would forge a log line, a megabyte, markup) is replaced by our own.
 */
const SANE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/

/**
 * Fastify's genReqId: the incoming X-Request-Id when it is sane, else a new UUID. Every log line of a
 * request carries it as `reqId` (request.log is a child logger bound to it).
 */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const given = request.headers[REQUEST_ID_HEADER]
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID()
}

/** Echoes the request id in every answer, so that a user's report or a proxy's log points at our log lines. */
export const requestIdHeader = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (request, reply) => {
      void reply.header(REQUEST_ID_HEADER, request.id)
    })
  },
  { name: 'request-id-header' },
)
