import { MEDIA_TYPES } from '@heritage-watch/shared'
import { readProblem } from '../lib/problem-body.ts'
import { ApiError } from './api-error.ts'

/** The part of a zod schema the client uses; the shared package's schemas fit it. */
interface ContractSchema<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }
}

export interface RequestOptions {
  /** API origin and path prefix without a trailing slash; '' for the same origin. */
  apiBaseUrl: string
  signal?: AbortSignal
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof globalThis.fetch
}

/** Options of a call made on behalf of the signed-in account. */
export interface SessionRequestOptions extends RequestOptions {
  /** The session's CSRF token: every write carries it as `X-CSRF-Token` (issue #4). */
  csrfToken?: string | null
  /** Told of every 401, so that the app can say the session ended and offer to log in again. */
  onUnauthorized?: (error: ApiError) => void
  /** Sent as `Idempotency-Key` on a write: one per user action, the same on its retries (issue 13). */
  idempotencyKey?: string
}

export interface JsonRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  /** A JSON body, or FormData sent as multipart/form-data (the browser writes its boundary). */
  body?: unknown
  headers?: Record<string, string>
  /**
   * Parses the answer with a shared zod schema (the API's own contract); absent for answers without a
   * body (204). A function is only called once the
   * answer is a success, so that a refused request (an anonymous visitor's GET /auth/me at start-up)
   * never loads the lazy schema chunk.
   */
  schema?: ContractSchema<T> | Promise<ContractSchema<T>> | (() => Promise<ContractSchema<T>>)
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** Retry-After in seconds; an HTTP date or a missing header gives undefined. */
function retryAfterOf(response: Response): number | undefined {
  const seconds = Number(response.headers.get('Retry-After') ?? Number.NaN)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined
}

async function problemOf(response: Response) {
  try {
    return readProblem(await response.json())
  } catch {
    return undefined
  }
}

/**
 * THE request helper of the web app: every call to the API, read or write, anonymous or for the
 * account, goes through it. It sends the session cookie (same origin) and, on writes, the CSRF header,
 * and parses the answer with the request's schema.
 * @throws ApiError: `network` without an answer, `http` with the parsed `problem` on an error status,
 *   `contract` when the answer breaks the schema; an AbortError passes through unchanged
 */
export async function requestJson<T>(
  request: JsonRequest<T>,
  { signal, fetch = globalThis.fetch, csrfToken, onUnauthorized, idempotencyKey }: SessionRequestOptions,
): Promise<T> {
  const { method, url, body } = request
  const headers = new Headers({ Accept: MEDIA_TYPES.json, ...request.headers })
  if (WRITES.has(method) && csrfToken) headers.set('X-CSRF-Token', csrfToken)
  if (WRITES.has(method) && idempotencyKey && !headers.has('Idempotency-Key'))
    headers.set('Idempotency-Key', idempotencyKey)
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    headers.set('Content-Type', MEDIA_TYPES.json)
    payload = JSON.stringify(body)
  }

  let response: Response
  try {
    response = await fetch(url, { method, headers, body: payload, signal, credentials: 'same-origin' })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError('network', `${method} ${url}: no answer`, undefined, { cause: error })
  }
  if (!response.ok) {
    const problem = await problemOf(response)
    const error = new ApiError(
      'http',
      problem?.detail ?? `${method} ${url}: HTTP ${response.status}`,
      response.status,
      undefined,
      problem,
      retryAfterOf(response),
    )
    if (response.status === 401) onUnauthorized?.(error)
    throw error
  }
  if (!request.schema) return undefined as T

  let answer: unknown
  try {
    answer = await response.json()
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError('contract', `${method} ${url}: the answer is not JSON`, response.status, {
      cause: error,
    })
  }
  const schema = typeof request.schema === 'function' ? await request.schema() : await request.schema
  const parsed = schema.safeParse(answer)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.map(String).join('.') || 'root'}: ${first.message})` : ''
    throw new ApiError('contract', `${method} ${url}: unexpected answer${where}`, response.status, {
      cause: parsed.error,
    })
  }
  return parsed.data
}
