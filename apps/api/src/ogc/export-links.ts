import {
  EXPORT_FORMATS,
  EXPORT_MEDIA_TYPES,
  ITEMS_LIMIT_MAX,
  type Link,
  MEDIA_TYPES,
} from '@heritage-watch/shared'
import { urlWithQuery } from './links.ts'

const FORMAT_TITLES = { csv: 'CSV', gpkg: 'GeoPackage' } as const

/**
 * The `enclosure` links of a collection: the whole layer as a file in each format. CSV and GeoPackage
 * hold every feature when `limit` is absent; GeoJSON pages, so its link asks for a page of the layer's
 * size while that fits in a page. Their length is not known before they are written: none is given.
 */
export function enclosureLinks(collectionPath: string, numberOfFeatures: number): Link[] {
  const links: Link[] = EXPORT_FORMATS.map((format) => ({
    href: `${collectionPath}/items?f=${format}`,
    rel: 'enclosure',
    type: EXPORT_MEDIA_TYPES[format],
    title: `Toute la couche (${FORMAT_TITLES[format]})`,
  }))
  if (numberOfFeatures <= ITEMS_LIMIT_MAX)
    links.unshift({
      href: `${collectionPath}/items?f=json&limit=${Math.max(1, numberOfFeatures)}`,
      rel: 'enclosure',
      type: MEDIA_TYPES.geojson,
      title: 'Toute la couche (GeoJSON)',
    })
  return links
}

/** The `alternate` links of an items page in the file formats: the same query, as CSV or GeoPackage. */
export function exportAlternateLinks(
  context: { base: string; path: string; query: Record<string, unknown> },
  title: string,
): Link[] {
  return EXPORT_FORMATS.map((format) => ({
    href: urlWithQuery(context.base, context.path, context.query, { f: format }),
    rel: 'alternate',
    type: EXPORT_MEDIA_TYPES[format],
    title: `${title} (${FORMAT_TITLES[format]})`,
  }))
}
