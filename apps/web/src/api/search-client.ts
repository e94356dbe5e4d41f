import type { SearchResponse } from '@heritage-watch/shared'
import { searchUrl } from '../lib/api-urls.ts'
import { loadContracts } from './contracts.ts'
import { type RequestOptions, requestJson } from './request-json.ts'

/**
 * Free-text search across the heritage layers and addresses: `/search?q=&limit=&offset=`, parsed with
 * `SearchResponseSchema`.
 * @param query the text typed, trimmed by the caller and not empty
 * @param page which results: `limit` of them after `offset`
 * @throws ApiError as `requestJson` does; an aborted request rejects with the AbortError
 */
export function searchFeatures(
  query: string,
  options: RequestOptions,
  page: { limit: number; offset: number },
): Promise<SearchResponse> {
  return requestJson(
    {
      method: 'GET',
      url: searchUrl(options.apiBaseUrl, query, page.limit, page.offset),
      schema: () => loadContracts().then((contracts) => contracts.SearchResponseSchema),
    },
    options,
  )
}
