import type { SourceSpecification, VectorSourceSpecification } from 'maplibre-gl'
import { tileJsonUrl } from '../lib/api-urls.ts'
import { BASEMAP_SOURCE_ID, CENTRE_SOURCE_IDS, LABEL_SOURCES, SOURCE_IDS, type SourceId } from './ids.ts'
import { type Basemap, BASEMAPS } from './layers/basemap-layers.ts'

/**
 * One vector source per collection, described by the API's TileJSON (`/tiles/{collectionId}`), plus
 * the raster basemap when one is configured. Area names read the label sources (ids.ts), the same
 * TileJSON with tiles capped at a lower zoom; markers read the centre sources, empty until the app fills them. A source whose layers are all hidden loads no tiles.
 * @param origin the page's origin, to make the TileJSON URL absolute
 */
export function mapSources(
  apiBaseUrl: string,
  origin: string,
  basemap: Basemap,
): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {}
  for (const id of Object.values(SOURCE_IDS) as SourceId[]) {
    const source: VectorSourceSpecification = { type: 'vector', url: tileJsonUrl(apiBaseUrl, id, origin) }
    sources[id] = source
  }
  for (const [collection, { id, maxzoom }] of Object.entries(LABEL_SOURCES)) {
    sources[id] = { type: 'vector', url: tileJsonUrl(apiBaseUrl, collection, origin), maxzoom }
  }
  for (const id of Object.values(CENTRE_SOURCE_IDS)) {
    sources[id] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
  }
  if (basemap !== 'none') sources[BASEMAP_SOURCE_ID] = BASEMAPS[basemap].source
  return sources
}
