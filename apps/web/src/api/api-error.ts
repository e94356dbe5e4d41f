import type { Problem } from '@heritage-watch/shared'

/** Why a call to the API failed: no answer, an HTTP error status, or an answer that breaks the contract. */
export type ApiErrorReason = 'network' | 'http' | 'contract'

/** Thrown by the API client; the UI says the API could not be reached and may show `message` as detail. */
export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly reason: ApiErrorReason,
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
    /** The RFC 9457 problem the API answered with, when it did (its `code` is translated by the UI). */
    readonly problem?: Problem,
    /** The answer's Retry-After in seconds (a 503 when the API sheds load, a 429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message, options)
  }
}
