import { MEDIA_TYPES, type Problem } from '@heritage-watch/shared'
import type { FastifyError, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, ERROR_MESSAGES, ValidationError } from '../errors.ts'

const PROBLEM_TYPES: Record<number, string> = {
  400: 'https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request',
  401: 'https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized',
  403: 'https://www.rfc-editor.org/rfc/rfc9110#name-403-forbidden',
  404: 'https://www.rfc-editor.org/rfc/rfc9110#name-404-not-found',
  409: 'https://www.rfc-editor.org/rfc/rfc9110#name-409-conflict',
  413: 'https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large',
  415: 'https://www.rfc-editor.org/rfc/rfc9110#name-415-unsupported-media-type',
  422: 'https://www.rfc-editor.org/rfc/rfc9110#name-422-unprocessable-content',
  429: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
  500: 'https://www.rfc-editor.org/rfc/rfc9110#name-500-internal-server-error',
}

/** The one error handler: AppErrors become RFC 9457 problems; anything else is a logged, generic 500. */
export const problemHandler = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem: Problem
    if (error instanceof AppError) {
      problem = {
        type: PROBLEM_TYPES[error.statusCode] ?? 'about:blank',
        title: error.title,
        status: error.statusCode,
        detail: error.message,
        instance: request.url,
        ...(error.code ? { code: error.code } : {}),
        ...(error instanceof ValidationError ? { 'invalid-params': error.invalidParams } : {}),
      }
    } else if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Errors Fastify raises itself before our code runs (malformed URL, body too large...).
      problem = {
        type: PROBLEM_TYPES[error.statusCode] ?? 'about:blank',
        title: 'Requête invalide / Bad request',
        status: error.statusCode,
        detail: error.message,
        instance: request.url,
      }
    } else {
      request.log.error({
        err: error,
        method: request.method,
        url: request.url,
        params: request.params,
        query: request.query,
      })
      problem = {
        type: PROBLEM_TYPES[500] ?? 'about:blank',
        title: 'Erreur interne / Internal error',
        status: 500,
        detail: 'The server could not answer; the error was logged.',
        instance: request.url,
      }
    }
    return reply.code(problem.status).type(MEDIA_TYPES.problem).send(problem)
  })

  app.setNotFoundHandler((request, reply) => {
    const problem: Problem = {
      type: PROBLEM_TYPES[404] ?? 'about:blank',
      title: 'Introuvable / Not found',
      status: 404,
      detail: ERROR_MESSAGES.routeNotFound(request.method, request.url),
      instance: request.url,
    }
    return reply.code(404).type(MEDIA_TYPES.problem).send(problem)
  })
})
