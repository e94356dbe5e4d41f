import type { ReverseGeocodeResponse } from '@heritage-watch/shared'
import { reverseGeocodeUrl } from '../lib/api-urls.ts'
import { loadContracts } from './contracts.ts'
import { type RequestOptions, requestJson } from './request-json.ts'

/**
 * The address nearest a position (`/geocode/reverse`), parsed with `ReverseGeocodeResponseSchema`.
 * @throws ApiError as `requestJson` does: 503 when the address service does not answer, 404 when it
 * knows no address there
 */
export function reverseGeocode(
  position: readonly [number, number],
  options: RequestOptions,
): Promise<ReverseGeocodeResponse> {
  return requestJson(
    {
      method: 'GET',
      url: reverseGeocodeUrl(options.apiBaseUrl, position),
      schema: () => loadContracts().then((contracts) => contracts.ReverseGeocodeResponseSchema),
    },
    options,
  )
}
