import { MEDIA_TYPES } from '@heritage-watch/shared'
import { ApiError } from './api-error.ts'

/** The part of a zod schema the client uses; the shared package's schemas fit it. */
export interface ContractSchema<T> {
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

/**
 * GETs a URL and parses the JSON answer with a shared zod schema, the API's own contract.
 * @param accept the media type to ask for (JSON by default, GeoJSON for features)
 * @throws ApiError `network` when the API does not answer, `http` on an error status, `contract` when the
 *   answer is not the expected JSON; an AbortError is passed through unchanged
 */
export async function fetchJson<T>(
  url: string,
  schema: ContractSchema<T> | Promise<ContractSchema<T>>,
  { signal, fetch = globalThis.fetch }: Omit<RequestOptions, 'apiBaseUrl'>,
  accept: string = MEDIA_TYPES.json,
): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: accept }, signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError('network', `GET ${url}: no answer`, undefined, { cause: error })
  }
  if (!response.ok) throw new ApiError('http', `GET ${url}: HTTP ${response.status}`, response.status)

  let body: unknown
  try {
    body = await response.json()
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError('contract', `GET ${url}: the answer is not JSON`, response.status, { cause: error })
  }
  const parsed = (await schema).safeParse(body)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.map(String).join('.') || 'root'}: ${first.message})` : ''
    throw new ApiError('contract', `GET ${url}: unexpected answer${where}`, response.status, {
      cause: parsed.error,
    })
  }
  return parsed.data
}
