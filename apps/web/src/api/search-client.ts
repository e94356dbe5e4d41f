import type { SearchResponse } from '@heritage-watch/shared'
import { searchUrl } from '../lib/api-urls.ts'
import { loadContracts } from './contracts.ts'
import { type RequestOptions, requestJson } from './request-json.ts'

/** How many results the search box asks for. */
const SEARCH_LIMIT = 10

/**
 * Free-text search across the heritage layers: `/search?q=&limit=`, parsed with `SearchResponseSchema`.
 * @param query the text typed, trimmed by the caller and not empty
 * @throws ApiError as `requestJson` does; an aborted request rejects with the AbortError
 */
export function searchFeatures(
  query: string,
  options: RequestOptions,
  limit = SEARCH_LIMIT,
): Promise<SearchResponse> {
  return requestJson(
    {
      method: 'GET',
      url: searchUrl(options.apiBaseUrl, query, limit),
      schema: () => loadContracts().then((contracts) => contracts.SearchResponseSchema),
    },
    options,
  )
}
