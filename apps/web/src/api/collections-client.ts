import { type Collections, CollectionsSchema, MEDIA_TYPES } from '@heritage-watch/shared'
import { collectionsUrl } from '../lib/collection-urls.ts'
import { ApiError } from './api-error.ts'

export interface RequestOptions {
  /** API origin and path prefix without a trailing slash; '' for the same origin. */
  apiBaseUrl: string
  signal?: AbortSignal
  /** Injected in tests; the browser's fetch otherwise. */
  fetch?: typeof globalThis.fetch
}

/**
 * Fetches `/collections` and parses it with the shared `CollectionsSchema`, the API's own contract.
 * @returns the collections, in the catalogue's order
 * @throws ApiError `network` when the API does not answer, `http` on an error status, `contract` when the
 *   answer is not the expected JSON; an AbortError is passed through unchanged
 */
export async function fetchCollections({
  apiBaseUrl,
  signal,
  fetch = globalThis.fetch,
}: RequestOptions): Promise<Collections> {
  const url = collectionsUrl(apiBaseUrl)
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: MEDIA_TYPES.json }, signal })
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
  const parsed = CollectionsSchema.safeParse(body)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.join('.') || 'root'}: ${first.message})` : ''
    throw new ApiError('contract', `GET ${url}: unexpected answer${where}`, response.status, {
      cause: parsed.error,
    })
  }
  return parsed.data
}
