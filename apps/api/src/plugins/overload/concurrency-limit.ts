import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ServiceUnavailableError } from '../../errors.ts'
import { type AdmissionGate, type AdmissionLimits, createAdmissionGate } from './admission.ts'
import { type RouteClass, type RouteClassConfig, routeClassOf } from './route-class.ts'

export interface ConcurrencyLimitOptions {
  heavy: AdmissionLimits
  light: AdmissionLimits
  /**
   * An admitted request whose answer has not started by then gets a 503 (0: none); its work may go on
   * until the database's own timeouts end it.
   */
  requestTimeoutMs: number
}

/** What a refused client is told to wait: a heavy request frees its place in seconds, a light one sooner. */
const RETRY_AFTER_SECONDS: Record<Exclude<RouteClass, 'unlimited'>, number> = { heavy: 5, light: 1 }

function classOf(request: FastifyRequest): RouteClass {
  const configured = (request.routeOptions.config as RouteClassConfig | undefined)?.routeClass
  return (
    configured ??
    routeClassOf({
      routeUrl: request.routeOptions.url ?? '',
      path: request.url.split('?', 1)[0] ?? request.url,
      query: (request.query ?? {}) as Record<string, unknown>,
    })
  )
}

/** Answers 503 through the error handler when the reply has not started by the deadline. */
function armDeadline(request: FastifyRequest, reply: FastifyReply, timeoutMs: number, retryAfter: number) {
  if (timeoutMs <= 0) return
  const timer = setTimeout(() => {
    if (reply.sent || reply.raw.headersSent) return
    request.log.warn({ url: request.url, timeoutMs }, 'request deadline passed')
    reply.send(new ServiceUnavailableError(`The answer took more than ${timeoutMs} ms.`, retryAfter))
  }, timeoutMs)
  reply.raw.once('close', () => clearTimeout(timer))
}

/**
 * Sheds load before any work (onRequest, before the body is read): each route class has a concurrency
 * limit and a short queue, and a request past both gets 503 problem+json with Retry-After. A place is
 * given back when the response is closed (sent, or the client went away), never twice.
 */
export const concurrencyLimit = fp(
  async (app: FastifyInstance, options: ConcurrencyLimitOptions) => {
    const gates: Record<Exclude<RouteClass, 'unlimited'>, AdmissionGate> = {
      heavy: createAdmissionGate(options.heavy),
      light: createAdmissionGate(options.light),
    }
    app.addHook('onRequest', async (request, reply) => {
      const routeClass = classOf(request)
      if (routeClass === 'unlimited') return
      const admission = await gates[routeClass].enter()
      const retryAfter = RETRY_AFTER_SECONDS[routeClass]
      if (!admission.admitted) {
        // The connection is closed after the refusal: a client that does not honour Retry-After must
        // connect again, which slows a flood down, and a proxy may send it to another instance.
        void reply.header('Connection', 'close')
        throw new ServiceUnavailableError(
          `The server is at its limit of ${routeClass} requests (${admission.reason}); try again in ${retryAfter} s.`,
          retryAfter,
        )
      }
      if (reply.raw.destroyed || request.raw.destroyed) {
        // The client left while it waited: nothing to answer, nothing to hold.
        admission.release()
        return
      }
      reply.raw.once('close', admission.release)
      armDeadline(request, reply, options.requestTimeoutMs, retryAfter)
    })
  },
  { name: 'concurrency-limit' },
)
