import type { MapGeoJSONFeature } from 'maplibre-gl'
import type { RenderedFeature } from '../lib/visible-features.ts'
import { MAP_LAYERS, mapLayerOfStyleLayer } from './layers/registry.ts'

/**
 * The style layers a click or the list may pick features from: those of the visible layers that are
 * listed (heritage layers, not the context).
 */
export function listedStyleLayerIds(visibleLayers: ReadonlySet<string>): string[] {
  return MAP_LAYERS.filter((layer) => layer.listed && visibleLayers.has(layer.id)).flatMap((layer) =>
    layer.styleLayers.map((style) => style.id),
  )
}

/**
 * A rendered feature as the app names it: its collection (the registry layer's, so a marker from a
 * centre source counts as its site) and the `id` the tiles carry.
 */
export function toRenderedFeature(feature: MapGeoJSONFeature): RenderedFeature {
  const properties = feature.properties as Record<string, unknown>
  const id = properties.id ?? feature.id
  return {
    collection:
      mapLayerOfStyleLayer(feature.layer.id)?.source ?? feature.sourceLayer ?? String(feature.source),
    id: id === undefined || id === null ? undefined : String(id),
    properties,
  }
}
