import { type Feature, type FeatureContext, MEDIA_TYPES } from '@heritage-watch/shared'
import { loadContracts } from './contracts.ts'
import { collectionItemsUrl, featureContextUrl, featureUrl } from '../lib/api-urls.ts'
import type { FeatureRef } from '../lib/url-state.ts'
import { type RequestOptions, requestJson } from './request-json.ts'

/**
 * One feature with all its properties: `/collections/{c}/items/{id}`, parsed with `FeatureSchema`.
 * @throws ApiError (`http` 404 when the feature does not exist)
 */
export function fetchFeature({ collection, id }: FeatureRef, options: RequestOptions): Promise<Feature> {
  return requestJson(
    {
      method: 'GET',
      url: featureUrl(options.apiBaseUrl, collection, id),
      schema: () => loadContracts().then((contracts) => contracts.FeatureSchema),
      headers: { Accept: MEDIA_TYPES.geojson },
    },
    options,
  )
}

/**
 * What protects a feature and what is near it: `/collections/{c}/items/{id}/context`, parsed with
 * `FeatureContextSchema`.
 * @throws ApiError, e.g. `http` 404 while the endpoint is not deployed
 */
export function fetchFeatureContext(
  { collection, id }: FeatureRef,
  options: RequestOptions,
): Promise<FeatureContext> {
  return requestJson(
    {
      method: 'GET',
      url: featureContextUrl(options.apiBaseUrl, collection, id),
      schema: () => loadContracts().then((contracts) => contracts.FeatureContextSchema),
    },
    options,
  )
}

/**
 * How many features of a collection match simple filters (`numberMatched` of a one-feature page).
 * @param filters `?name=value` filters the catalogue offers, e.g. `{ typologie: 'Fosse' }`
 */
export async function fetchFeatureCount(
  collection: string,
  filters: Record<string, string>,
  options: RequestOptions,
): Promise<number> {
  const url = collectionItemsUrl(options.apiBaseUrl, collection, undefined, { ...filters, limit: '1' })
  const page = await requestJson(
    {
      method: 'GET',
      url,
      schema: () => loadContracts().then((contracts) => contracts.FeatureCollectionSchema),
      headers: { Accept: MEDIA_TYPES.geojson },
    },
    options,
  )
  return page.numberMatched
}
