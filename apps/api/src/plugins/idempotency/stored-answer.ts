import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyReply } from 'fastify'
import type { StoredAnswer } from '../../db/idempotency-repo.ts'
import {
  ConflictError,
  type AppError,
  ServiceUnavailableError,
  UnprocessableContentError,
} from '../../errors.ts'
import { problem } from '../problems.ts'
import { IDEMPOTENCY_MESSAGES } from './keyed-routes.ts'

/** Headers of an answer that a replay must give again (the rest, cache and CORS, is set anew). */
const KEPT_HEADERS = ['content-type', 'location']

/** Seconds a client waits before retrying a keyed write that could not be committed. */
const RETRY_AFTER_SECONDS = 1

export function keptHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const name of KEPT_HEADERS) {
    const value = reply.getHeader(name)
    if (value !== undefined) headers[name] = String(value)
  }
  return headers
}

function problemBody(reply: FastifyReply, error: AppError, url: string): string {
  reply.code(error.statusCode).type(MEDIA_TYPES.problem)
  if (error instanceof ServiceUnavailableError) reply.header('Retry-After', String(error.retryAfterSeconds))
  const code = error.code ? { code: error.code } : {}
  return JSON.stringify(problem(error.statusCode, error.title, error.message, url, code))
}

/**
 * Sets `reply` to give a stored answer again, or the problem that stands in its place: 422 for another
 * request under the same key, 409 for an answer that was not kept (a secret).
 * @returns the body to send
 */
export function replayStoredAnswer(
  reply: FastifyReply,
  stored: StoredAnswer,
  requestHash: string,
  url: string,
): string {
  if (stored.requestHash !== requestHash) {
    return problemBody(
      reply,
      new UnprocessableContentError(IDEMPOTENCY_MESSAGES.mismatch, 'idempotency_mismatch'),
      url,
    )
  }
  if (stored.body === null)
    return problemBody(reply, new ConflictError(IDEMPOTENCY_MESSAGES.secretNotKept), url)
  reply.code(stored.status).headers(stored.headers).header('Idempotent-Replayed', 'true')
  return stored.body
}

/** The 503 of a keyed write whose transaction did not commit: nothing of it was kept. */
export function notCommitted(reply: FastifyReply, url: string): string {
  return problemBody(
    reply,
    new ServiceUnavailableError(IDEMPOTENCY_MESSAGES.notStored, RETRY_AFTER_SECONDS),
    url,
  )
}
