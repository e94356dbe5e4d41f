import type { Basemaps } from '@heritage-watch/shared'
import { loadContracts } from './contracts.ts'
import { type RequestOptions, requestJson } from './request-json.ts'

/**
 * The basemaps the server offers (`GET /config/basemaps`), parsed with `BasemapsSchema`.
 * @throws ApiError as `requestJson` does
 */
export function fetchBasemaps(options: RequestOptions): Promise<Basemaps> {
  return requestJson(
    {
      method: 'GET',
      url: `${options.apiBaseUrl}/config/basemaps`,
      schema: () => loadContracts().then((contracts) => contracts.BasemapsSchema),
    },
    options,
  )
}
