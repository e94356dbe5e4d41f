import type { Collections } from '@heritage-watch/shared'
import { collectionsUrl } from '../lib/api-urls.ts'
import { loadContracts } from './contracts.ts'
import { type RequestOptions, requestJson } from './request-json.ts'

export type { RequestOptions } from './request-json.ts'

/**
 * Fetches `/collections` and parses it with the shared `CollectionsSchema`.
 * @returns the collections, in the catalogue's order, each with its `numberOfFeatures`
 * @throws ApiError as `requestJson` does
 */
export function fetchCollections(options: RequestOptions): Promise<Collections> {
  return requestJson(
    {
      method: 'GET',
      url: collectionsUrl(options.apiBaseUrl),
      schema: () => loadContracts().then((contracts) => contracts.CollectionsSchema),
    },
    options,
  )
}
