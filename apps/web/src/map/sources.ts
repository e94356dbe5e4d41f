import { TILE_LAYERS, TILE_ZOOM_MAX } from '@heritage-watch/shared'
import type { LayerSpecification, SourceSpecification, VectorSourceSpecification } from 'maplibre-gl'
import { datasetTileUrlTemplate } from '../lib/api-urls.ts'
import { CENTRE_SOURCE_IDS, FULL_ZOOM_SOURCE_IDS, LOW_ZOOM_SOURCES } from './ids.ts'

/** Every layer lies in the Nord and Pas-de-Calais; no tile is asked for outside (checked by the API tests). */
const DATA_BOUNDS: [number, number, number, number] = [1.5, 49.9, 4.3, 51.1]

/**
 * A vector source on the API's dataset tiles of these collections, written out from the shared
 * TILE_LAYERS rather than read from a TileJSON: the map then asks for tiles at once.
 */
function datasetSource(
  apiBaseUrl: string,
  collections: readonly string[],
  origin: string,
  maxzoom: number,
): VectorSourceSpecification {
  return {
    type: 'vector',
    tiles: [datasetTileUrlTemplate(apiBaseUrl, collections, origin)],
    minzoom: Math.min(...collections.map((id) => TILE_LAYERS[id]?.minzoom ?? 0)),
    maxzoom,
    bounds: DATA_BOUNDS,
  }
}

/**
 * The map's sources: one dataset tile source for every collection at full zoom (and one for the
 * icons', ids.ts), one per zoom cap for the low-zoom copies that names and overview layers read, and the
 * centre sources, empty until the app fills them. Each vector source carries the MVT layers that the
 * given style layers read, hidden ones included: a URL that followed the visible layers would reload
 * every tile of the source on each toggle, and the selection highlight must find any collection.
 * A source whose layers are all hidden, or out of their zoom range, loads no tiles.
 * @param origin the page's origin, to make the tile URLs absolute
 */
export function mapSources(
  apiBaseUrl: string,
  origin: string,
  layers: readonly LayerSpecification[],
): Record<string, SourceSpecification> {
  const maxzoomOf = new Map<string, number>([
    ...Object.values(LOW_ZOOM_SOURCES).map(({ id, maxzoom }) => [id, maxzoom] as const),
    ...FULL_ZOOM_SOURCE_IDS.map((id) => [id, TILE_ZOOM_MAX] as const),
  ])
  const collectionsOf = new Map<string, Set<string>>([...maxzoomOf.keys()].map((id) => [id, new Set()]))
  for (const layer of layers) {
    if (!('source-layer' in layer) || !layer['source-layer']) continue
    collectionsOf.get(layer.source)?.add(layer['source-layer'])
  }
  const sources: Record<string, SourceSpecification> = {}
  for (const [id, collections] of collectionsOf) {
    if (collections.size === 0) continue
    sources[id] = datasetSource(
      apiBaseUrl,
      [...collections].sort(),
      origin,
      maxzoomOf.get(id) ?? TILE_ZOOM_MAX,
    )
  }
  for (const id of Object.values(CENTRE_SOURCE_IDS)) {
    sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
  }
  return sources
}
