import { TILE_LAYERS } from '@heritage-watch/shared'
import type { SourceSpecification, VectorSourceSpecification } from 'maplibre-gl'
import { tileUrlTemplate } from '../lib/api-urls.ts'
import { CENTRE_SOURCE_IDS, LOW_ZOOM_SOURCES, SOURCE_IDS, type SourceId } from './ids.ts'

/** Every layer lies in the Nord and Pas-de-Calais; no tile is asked for outside (checked by the API tests). */
const DATA_BOUNDS: [number, number, number, number] = [1.5, 49.9, 4.3, 51.1]

/**
 * The vector source of a collection, written out from the shared TILE_LAYERS rather than read from its
 * TileJSON: the map then asks for tiles at once, without one TileJSON round trip per source first.
 */
function vectorSource(
  apiBaseUrl: string,
  collection: string,
  origin: string,
  maxzoom?: number,
): VectorSourceSpecification {
  const layer = TILE_LAYERS[collection]
  return {
    type: 'vector',
    tiles: [tileUrlTemplate(apiBaseUrl, collection, origin)],
    minzoom: layer?.minzoom ?? 0,
    maxzoom: maxzoom ?? layer?.maxzoom ?? 16,
    bounds: DATA_BOUNDS,
  }
}

/**
 * Sources whose tiles the first view should get first. MapLibre asks for tiles source by source, in the
 * style's order, and redraws as they come: when text and icons arrive last, the frame that draws them
 * must be followed by a second one to place them, about 0.2 s on a machine without a GPU (issue #3).
 * So the one-tile low-zoom sources (names, overview outlines) and the grands sites' stars come first.
 */
const FIRST_SOURCES: readonly SourceId[] = [SOURCE_IDS.grandsSites]

/**
 * One vector source per collection, on the API's tiles (`/tiles/{collectionId}/{z}/{x}/{y}`). Names and overview layers read the low-zoom sources
 * (ids.ts), the same tiles capped at a lower zoom; markers read the centre sources, empty until the app
 * fills them. A source whose layers are all hidden, or out of their zoom range, loads no tiles.
 * @param origin the page's origin, to make the tile URLs absolute
 */
export function mapSources(apiBaseUrl: string, origin: string): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {}
  for (const [collection, { id, maxzoom }] of Object.entries(LOW_ZOOM_SOURCES)) {
    sources[id] = vectorSource(apiBaseUrl, collection, origin, maxzoom)
  }
  const collections = Object.values(SOURCE_IDS) as SourceId[]
  for (const id of [...FIRST_SOURCES, ...collections.filter((id) => !FIRST_SOURCES.includes(id))]) {
    sources[id] = vectorSource(apiBaseUrl, id, origin)
  }
  for (const id of Object.values(CENTRE_SOURCE_IDS)) {
    sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
  }
  return sources
}
