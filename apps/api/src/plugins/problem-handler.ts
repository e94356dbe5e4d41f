import { MEDIA_TYPES, type Problem } from '@heritage-watch/shared'
import type { FastifyError, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import {
  AppError,
  ERROR_MESSAGES,
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
  ValidationError,
} from '../errors.ts'
import { databaseUnavailable } from './overload/database-unavailable.ts'
import { frameworkProblem, problem } from './problems.ts'
import { validationProblems } from './validation-problems.ts'

/** A path segment decoded, or undefined when it is not valid percent-encoded UTF-8. */
function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/**
 * A 404 for a path under /collections/{id} whose collection the catalogue does not have says so, as
 * the collection routes did when the id was a parameter; any other path is simply unknown.
 */
function notFoundDetail(method: string, url: string, knownCollection: (id: string) => boolean): string {
  const collection = /^\/collections\/([^/?]+)/.exec(url)?.[1]
  const id = collection === undefined ? undefined : safeDecode(collection)
  if (id && !knownCollection(id)) return ERROR_MESSAGES.collectionNotFound(id)
  return ERROR_MESSAGES.routeNotFound(method, url)
}

/**
 * The one error handler: AppErrors and the requests a route's schema refused become RFC 9457
 * problems; Fastify's own 4xx too; a database timeout or outage a 503; anything else is a logged, generic 500.
 */
export const problemHandler = fp(
  async (app: FastifyInstance, options: { knownCollection: (id: string) => boolean }) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const invalidParams = validationProblems(error, request)
      // A database that timed out, is saturated or gone is a 503 to retry, not a 500 (issue 12).
      const known = invalidParams ? new ValidationError(invalidParams) : (databaseUnavailable(error) ?? error)
      let body: Problem
      if (known instanceof AppError) {
        body = problem(known.statusCode, known.title, known.message, request.url, {
          ...(known.code ? { code: known.code } : {}),
          ...(known instanceof ValidationError ? { 'invalid-params': known.invalidParams } : {}),
        })
        // The login limits (429) say when to come back, as a 503 does.
        const retryAfter = known instanceof TooManyRequestsError ? (known as TooManyRequestsError) : undefined
        if (retryAfter) reply.header('Retry-After', String(retryAfter.retryAfterSeconds))
        if (known instanceof ServiceUnavailableError) {
          reply.header('Retry-After', String(known.retryAfterSeconds))
          if (known !== error) request.log.warn({ err: error, url: request.url }, 'database unavailable')
        }
      } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        // Errors Fastify raises itself before our code runs (bad JSON, body too large, media type…).
        body = frameworkProblem(error.statusCode, error.message, request.url)
      } else {
        request.log.error({
          err: error,
          method: request.method,
          url: request.url,
          params: request.params,
          query: request.query,
        })
        body = problem(
          500,
          'Erreur interne / Internal error',
          'The server could not answer; the error was logged.',
          request.url,
        )
      }
      return reply.code(body.status).type(MEDIA_TYPES.problem).send(body)
    })

    app.setNotFoundHandler((request, reply) => {
      const error = new NotFoundError(notFoundDetail(request.method, request.url, options.knownCollection))
      const body = problem(404, error.title, error.message, request.url)
      return reply.code(404).type(MEDIA_TYPES.problem).send(body)
    })
  },
)
