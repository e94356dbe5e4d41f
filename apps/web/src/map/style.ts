import type { LayerSpecification, StyleSpecification } from 'maplibre-gl'
import { BACKGROUND_LAYER_ID } from './ids.ts'
import { ALERT_BADGE_SOURCE_ID, alertBadgeLayers, alertBadgeSource } from './layers/alert-badge-layers.ts'
import { groupLayersBySource } from './group-by-source.ts'
import { COLOURS } from './layers/colours.ts'
import { highlightLayers } from './layers/highlight-layers.ts'
import { layersInDrawOrder } from './layers/registry.ts'
import { REPORT_ZONE_SOURCE_ID, reportZoneLayers, reportZoneSource } from './layers/report-zone-layers.ts'
import { mapSources } from './sources.ts'

export interface StyleOptions {
  apiBaseUrl: string
  /** The page's origin (TileJSON URLs must be absolute). */
  origin: string
  /** Registry ids of the layers to show; the others are in the style with `visibility: none`. */
  visibleLayers: ReadonlySet<string>
}

function withVisibility(layer: LayerSpecification, visible: boolean): LayerSpecification {
  return {
    ...layer,
    layout: { ...layer.layout, visibility: visible ? 'visible' : 'none' },
  } as LayerSpecification
}

/**
 * The whole MapLibre style, built from the registry: a plain background (a basemap chosen in the menu
 * goes just above it, components/basemaps/), every
 * registry layer in drawing order, the selection highlight and a report's drawn zone, then all text and
 * icons on top so that no fill hides them, and the alert badges above all. There is no `glyphs` URL:
 * MapLibre draws text with local fonts (TinySDF), so the map needs nothing but the API.
 */
export function buildStyle({ apiBaseUrl, origin, visibleLayers }: StyleOptions): StyleSpecification {
  const drawn: LayerSpecification[] = []
  const symbols: LayerSpecification[] = []
  for (const layer of layersInDrawOrder()) {
    const visible = visibleLayers.has(layer.id)
    for (const styleLayer of layer.styleLayers) {
      ;(styleLayer.type === 'symbol' ? symbols : drawn).push(withVisibility(styleLayer, visible))
    }
  }
  const background: LayerSpecification = {
    id: BACKGROUND_LAYER_ID,
    type: 'background',
    paint: { 'background-color': COLOURS.background },
  }
  const highlights = highlightLayers()
  return {
    version: 8,
    name: 'heritage-watch',
    sources: {
      ...mapSources(apiBaseUrl, origin, [...drawn, ...symbols, ...highlights]),
      [ALERT_BADGE_SOURCE_ID]: alertBadgeSource(),
      [REPORT_ZONE_SOURCE_ID]: reportZoneSource(),
    },
    layers: [
      background,
      ...groupLayersBySource(drawn),
      ...highlights,
      // Under the names, which stay readable through its see-through fill.
      ...reportZoneLayers(),
      ...symbols,
      // Above everything: a badge says a protected feature is under threat.
      ...alertBadgeLayers(),
    ],
  }
}
