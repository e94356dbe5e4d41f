/** Typed errors thrown by services; the one error handler turns them into RFC 9457 problems. */
import type { ProblemCode } from '@heritage-watch/shared'

export interface InvalidParam {
  name: string
  reason: string
  /** For the web app to say it in the user's language. */
  code?: ProblemCode
}

export abstract class AppError extends Error {
  abstract readonly statusCode: number
  abstract readonly title: string
  /** For the web app to say it in the user's language; the message stays the English detail. */
  code?: ProblemCode

  constructor(message?: string, code?: ProblemCode) {
    super(message)
    if (code) this.code = code
  }
}

export class ValidationError extends AppError {
  readonly statusCode = 400
  readonly title = 'Requête invalide / Bad request'
  constructor(readonly invalidParams: InvalidParam[]) {
    super(
      invalidParams.map((param) => `${param.name}: ${param.reason}`).join('; '),
      invalidParams.find((param) => param.code)?.code,
    )
  }
}

export class NotFoundError extends AppError {
  readonly statusCode = 404
  readonly title = 'Introuvable / Not found'
}

/** No credentials, or credentials that are wrong, expired or revoked. */
export class UnauthorizedError extends AppError {
  readonly statusCode = 401
  readonly title = 'Authentification requise / Unauthorized'
}

/** Authenticated, but the policy does not allow it (or the CSRF header is missing or wrong). */
export class ForbiddenError extends AppError {
  readonly statusCode = 403
  readonly title = 'Interdit / Forbidden'
}

/** The request clashes with what is stored, such as an email already taken. */
export class ConflictError extends AppError {
  readonly statusCode = 409
  readonly title = 'Conflit / Conflict'
}

/** Well-formed, but not acceptable as it stands (an Idempotency-Key reused for another request). */
export class UnprocessableContentError extends AppError {
  readonly statusCode = 422
  readonly title = 'Requête inapplicable / Unprocessable content'
}

/** A body or an uploaded file over its size limit. */
export class PayloadTooLargeError extends AppError {
  readonly statusCode = 413
  readonly title = 'Trop volumineux / Content too large'
}

/** Too many attempts in the time window (login limits). */
export class TooManyRequestsError extends AppError {
  readonly statusCode = 429
  readonly title = 'Trop de tentatives / Too many requests'
  /** @param retryAfterSeconds sent as Retry-After */
  constructor(
    message: string,
    code: ProblemCode,
    readonly retryAfterSeconds: number,
  ) {
    super(message, code)
  }
}

/** A part of the server that is missing or saturated (the PDF engine); the client may retry later. */
export class ServiceUnavailableError extends AppError {
  readonly statusCode = 503
  readonly title = 'Service indisponible / Service unavailable'
  /** @param retryAfterSeconds sent as Retry-After */
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message)
  }
}

export const ERROR_MESSAGES = {
  collectionNotFound: (id: string) => `collection "${id}" does not exist; see /collections`,
  featureNotFound: (collection: string, id: string) =>
    `feature "${id}" does not exist in collection "${collection}"`,
  routeNotFound: (method: string, url: string) =>
    `no resource at ${method} ${url}; see / for the landing page`,
} as const
