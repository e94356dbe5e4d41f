/** Output formats of the OGC API offered as links, with their `f` value and media type. */
export const ITEMS_FORMATS = {
  geojson: { f: 'json', mediaType: 'application/geo+json' },
  html: { f: 'html', mediaType: 'text/html' },
} as const
export type ItemsFormat = keyof typeof ITEMS_FORMATS

// Every builder takes the API origin and path prefix without a trailing slash ('' for the same origin).

/** `/collections`, the catalogue with each collection's feature count. */
export function collectionsUrl(apiBaseUrl: string): string {
  return `${apiBaseUrl}/collections`
}

/**
 * A collection's items, optionally in one format and with query parameters (filters, `limit`).
 * @returns e.g. `/collections/zone-tampon/items?f=json`
 */
export function collectionItemsUrl(
  apiBaseUrl: string,
  collectionId: string,
  format?: ItemsFormat,
  query: Record<string, string> = {},
): string {
  const parameters = new URLSearchParams(query)
  if (format) parameters.set('f', ITEMS_FORMATS[format].f)
  const search = parameters.toString()
  return `${apiBaseUrl}/collections/${encodeURIComponent(collectionId)}/items${search ? `?${search}` : ''}`
}

/**
 * One feature, optionally in one format.
 * @returns e.g. `/collections/terrils/items/74A?f=json`
 */
export function featureUrl(
  apiBaseUrl: string,
  collectionId: string,
  featureId: string,
  format?: ItemsFormat,
): string {
  const path = `${apiBaseUrl}/collections/${encodeURIComponent(collectionId)}/items/${encodeURIComponent(featureId)}`
  return format ? `${path}?f=${ITEMS_FORMATS[format].f}` : path
}

/** What protects a feature and what is near it: `/collections/{c}/items/{id}/context`. */
export function featureContextUrl(apiBaseUrl: string, collectionId: string, featureId: string): string {
  return `${featureUrl(apiBaseUrl, collectionId, featureId)}/context`
}

/** `/search?q=…&limit=…[&offset=…]`, the free-text search across the heritage layers and addresses. */
export function searchUrl(apiBaseUrl: string, query: string, limit: number, offset = 0): string {
  const parameters = new URLSearchParams({ q: query, limit: String(limit) })
  if (offset > 0) parameters.set('offset', String(offset))
  return `${apiBaseUrl}/search?${parameters}`
}

/** `/geocode/reverse?lon=…&lat=…`, the address nearest a position. */
export function reverseGeocodeUrl(apiBaseUrl: string, [lon, lat]: readonly [number, number]): string {
  return `${apiBaseUrl}/geocode/reverse?${new URLSearchParams({ lon: String(lon), lat: String(lat) })}`
}

/**
 * The URL template of OGC API - Tiles dataset tiles of the given collections (one MVT layer each),
 * absolute because MapLibre fetches tiles from its workers.
 * @example datasetTileUrlTemplate('', ['communes', 'terrils'], 'http://127.0.0.1:3000')
 * // 'http://127.0.0.1:3000/tiles/WebMercatorQuad/{z}/{y}/{x}?collections=communes,terrils'
 */
export function datasetTileUrlTemplate(
  apiBaseUrl: string,
  collections: readonly string[],
  origin: string,
): string {
  const query = collections.map(encodeURIComponent).join(',')
  return `${new URL(`${apiBaseUrl}/tiles/WebMercatorQuad`, origin).href}/{z}/{y}/{x}?collections=${query}`
}
