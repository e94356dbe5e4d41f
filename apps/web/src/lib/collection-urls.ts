/** Output formats of `/collections/{id}/items` offered as links, with their `f` value and media type. */
export const ITEMS_FORMATS = {
  geojson: { f: 'json', mediaType: 'application/geo+json' },
  html: { f: 'html', mediaType: 'text/html' },
} as const
export type ItemsFormat = keyof typeof ITEMS_FORMATS

/**
 * Builds the URL of the collections list.
 * @param apiBaseUrl the API origin and path prefix without a trailing slash; '' for the same origin
 * @returns e.g. `/collections`
 */
export function collectionsUrl(apiBaseUrl: string): string {
  return `${apiBaseUrl}/collections`
}

/**
 * Builds the URL of a collection's items in one format.
 * @param apiBaseUrl the API origin and path prefix without a trailing slash; '' for the same origin
 * @param collectionId the collection id, escaped here
 * @param format `geojson` (`?f=json`) or `html` (`?f=html`)
 * @returns e.g. `/collections/zone-tampon/items?f=json`
 */
export function collectionItemsUrl(apiBaseUrl: string, collectionId: string, format: ItemsFormat): string {
  return `${apiBaseUrl}/collections/${encodeURIComponent(collectionId)}/items?f=${ITEMS_FORMATS[format].f}`
}
