import type { SearchResponse } from '@heritage-watch/shared'
import { searchUrl } from '../lib/api-urls.ts'
import { loadContracts } from './contracts.ts'
import { fetchJson, type RequestOptions } from './fetch-json.ts'

/** How many results the search box asks for. */
export const SEARCH_LIMIT = 10

/**
 * Free-text search across the heritage layers: `/search?q=&limit=`, parsed with `SearchResponseSchema`.
 * @param query the text typed, trimmed by the caller and not empty
 * @throws ApiError as `fetchJson` does; an aborted request rejects with the AbortError
 */
export function searchFeatures(
  query: string,
  { apiBaseUrl, ...options }: RequestOptions,
  limit = SEARCH_LIMIT,
): Promise<SearchResponse> {
  return fetchJson(
    searchUrl(apiBaseUrl, query, limit),
    loadContracts().then((contracts) => contracts.SearchResponseSchema),
    options,
  )
}
