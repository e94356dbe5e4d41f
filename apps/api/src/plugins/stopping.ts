import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ServiceUnavailableError } from '../errors.ts'

/** A stopping instance sends clients elsewhere at once: another instance (or this one restarted) answers. */
const STOPPING_RETRY_AFTER_SECONDS = 1

/**
 * While the app closes (SIGTERM, server.ts), a request that arrives on a connection still open is
 * refused with a 503 problem+json, Retry-After and `Connection: close`, through the one error handler.
 * Fastify's own answer then (return503OnClosing) is plain JSON without Retry-After, hence this hook and
 * `return503OnClosing: false` in app.ts. Requests already running are not touched: they finish.
 */
export const stopping = fp(
  async (app: FastifyInstance) => {
    let closing = false
    app.addHook('preClose', async () => {
      closing = true
    })
    app.addHook('onRequest', async (_request, reply) => {
      if (!closing) return
      void reply.header('Connection', 'close')
      throw new ServiceUnavailableError(
        `This instance is stopping; try again in ${STOPPING_RETRY_AFTER_SECONDS} s.`,
        STOPPING_RETRY_AFTER_SECONDS,
      )
    })
  },
  { name: 'stopping' },
)
