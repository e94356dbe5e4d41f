import type { Collections } from '@heritage-watch/shared'
import { collectionsUrl } from '../lib/api-urls.ts'
import { loadContracts } from './contracts.ts'
import { fetchJson, type RequestOptions } from './fetch-json.ts'

export type { RequestOptions } from './fetch-json.ts'

/**
 * Fetches `/collections` and parses it with the shared `CollectionsSchema`.
 * @returns the collections, in the catalogue's order, each with its `numberOfFeatures`
 * @throws ApiError as `fetchJson` does
 */
export function fetchCollections({ apiBaseUrl, ...options }: RequestOptions): Promise<Collections> {
  return fetchJson(
    collectionsUrl(apiBaseUrl),
    loadContracts().then((contracts) => contracts.CollectionsSchema),
    options,
  )
}
