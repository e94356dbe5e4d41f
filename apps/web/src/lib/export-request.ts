import { type CsvStyle, EXPORT_FORMATS, findCollection } from '@heritage-watch/shared'
import type { MapLayerDefinition } from '../map/layers/types.ts'

// The URL of an export of a map layer (issue 11 §3): its collection's items as a file, with the layer's
// own subset as a filter when the API offers that filter, and the map's view as a bbox.

export const DOWNLOAD_FORMATS = ['geojson', ...EXPORT_FORMATS] as const
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number]
export const DOWNLOAD_CRS = { wgs84: 'CRS84', lambert93: 'EPSG:2154' } as const
export type DownloadCrs = keyof typeof DOWNLOAD_CRS

/** The GeoJSON items page a whole layer fits in (the API's page maximum; our largest layer has 1,317). */
const GEOJSON_LIMIT = '10000'

export interface ExportChoice {
  format: DownloadFormat
  crs: DownloadCrs
  csvStyle: CsvStyle
  /** West, south, east, north in degrees: the map's view; undefined exports the whole layer. */
  bbox?: readonly [number, number, number, number]
}

/**
 * The collection and filters behind a map layer. A layer drawing a subset (terrils outside the Mission's
 * layers, pits among the elements) keeps it when the subset is one value of a filterable property.
 * @returns `exact` false when the file will hold more than the layer draws (the whole collection)
 */
export function layerExportTarget(layer: Pick<MapLayerDefinition, 'source' | 'subset'>) {
  const collection = findCollection(layer.source)
  const { subset } = layer
  if (!subset) return { collectionId: layer.source, filters: {}, exact: true }
  const property = collection?.properties.find((candidate) => candidate.name === subset.property)
  const [value] = subset.values
  if (property?.filter && !subset.exclude && subset.values.length === 1 && value !== undefined)
    return { collectionId: layer.source, filters: { [subset.property]: value }, exact: true }
  return { collectionId: layer.source, filters: {}, exact: false }
}

/** Rounds a bbox outwards to 6 decimals (10 cm): a short URL that still holds every feature in view. */
function roundedBbox([west, south, east, north]: readonly [number, number, number, number]): string {
  const down = (value: number) => Math.floor(value * 1e6) / 1e6
  const up = (value: number) => Math.ceil(value * 1e6) / 1e6
  return [
    Math.max(-180, down(west)),
    Math.max(-90, down(south)),
    Math.min(180, up(east)),
    Math.min(90, up(north)),
  ].join(',')
}

/**
 * The export's URL.
 * @example exportUrl('', 'terrils', {}, { format: 'csv', crs: 'lambert93', csvStyle: 'fr' })
 *   // '/collections/terrils/items?f=csv&crs=EPSG%3A2154'
 */
export function exportUrl(
  apiBaseUrl: string,
  collectionId: string,
  filters: Record<string, string>,
  choice: ExportChoice,
): string {
  const query = new URLSearchParams(filters)
  query.set('f', choice.format === 'geojson' ? 'json' : choice.format)
  if (choice.format === 'geojson') query.set('limit', GEOJSON_LIMIT)
  if (choice.crs !== 'wgs84') query.set('crs', DOWNLOAD_CRS[choice.crs])
  if (choice.format === 'csv' && choice.csvStyle !== 'fr') query.set('csv', choice.csvStyle)
  if (choice.bbox) query.set('bbox', roundedBbox(choice.bbox))
  return `${apiBaseUrl}/collections/${encodeURIComponent(collectionId)}/items?${query.toString()}`
}

/** The file name in a Content-Disposition header, or a fallback. */
export function attachmentName(header: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(header ?? '')?.[1] ?? fallback
}
