/** Typed errors thrown by services; the one error handler turns them into RFC 9457 problems. */
export interface InvalidParam {
  name: string
  reason: string
}

export abstract class AppError extends Error {
  abstract readonly statusCode: number
  abstract readonly title: string
}

export class ValidationError extends AppError {
  readonly statusCode = 400
  readonly title = 'Requête invalide / Bad request'
  constructor(readonly invalidParams: InvalidParam[]) {
    super(invalidParams.map((param) => `${param.name}: ${param.reason}`).join('; '))
  }
}

export class NotFoundError extends AppError {
  readonly statusCode = 404
  readonly title = 'Introuvable / Not found'
}

export const ERROR_MESSAGES = {
  collectionNotFound: (id: string) => `collection "${id}" does not exist; see /collections`,
  featureNotFound: (collection: string, id: string) =>
    `feature "${id}" does not exist in collection "${collection}"`,
  routeNotFound: (method: string, url: string) =>
    `no resource at ${method} ${url}; see / for the landing page`,
} as const
