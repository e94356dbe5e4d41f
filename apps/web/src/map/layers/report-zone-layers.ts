import type {
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl'
import { COLOURS } from './colours.ts'

// The zone a partner draws for a report (issue #4: "a drawn location (point or polygon)"). Like the
// alert badges it is not a registry layer (no collection, toggle or count): its source is empty until
// the report form draws into it (hooks/use-report-zone.ts), and it is emptied when the form closes.
// Its layers are hidden while it is empty (showReportZone): MapLibre draws a source's tile clipping
// masks whenever the drawn layers change source, before it checks whether a layer draws anything, and
// the empty zone between the highlights and the names cost two sets of masks in every frame of the
// first view, about 14 % of a frame's CPU with software WebGL (docs/architecture.md §31). A source whose
// layers are all hidden has no tiles, hence no masks.

export const REPORT_ZONE_SOURCE_ID = 'signalement-zone'
export const REPORT_ZONE_LAYER_IDS = {
  area: 'signalement-zone/surface',
  outline: 'signalement-zone/contour',
  vertices: 'signalement-zone/sommets',
} as const

const EMPTY_ZONE: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] }

/** The source, empty until a zone is drawn. */
export function reportZoneSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: EMPTY_ZONE }
}

/** The part of MapLibre's map that showReportZone uses. */
export type ZoneMap = Pick<MapLibreMap, 'style' | 'getSource' | 'getLayer' | 'setLayoutProperty'>

/**
 * Puts a zone (or the empty one) in the source, with the layers shown only while it has features.
 * Does nothing on a removed map, whose hooks let go of the zone after MapView removed it.
 */
export function showReportZone(map: ZoneMap, zone: GeoJSON.FeatureCollection): void {
  // `style` is gone once the map is removed, whatever its type says.
  if (!(map.style as ZoneMap['style'] | undefined)) return
  map.getSource<GeoJSONSource>(REPORT_ZONE_SOURCE_ID)?.setData(zone)
  const visibility = zone.features.length > 0 ? 'visible' : 'none'
  for (const id of Object.values(REPORT_ZONE_LAYER_IDS)) {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility)
  }
}

/**
 * A see-through red area (paler while the zone is open), a red outline with a white casing so that it
 * reads on every layer, and a dot at each vertex. Features carry their `part` (lib/report-zone.ts).
 * Hidden until showReportZone puts a zone in.
 */
export function reportZoneLayers(): LayerSpecification[] {
  return [
    {
      id: REPORT_ZONE_LAYER_IDS.area,
      type: 'fill',
      source: REPORT_ZONE_SOURCE_ID,
      filter: ['==', ['get', 'part'], 'area'],
      layout: { visibility: 'none' },
      paint: {
        'fill-color': COLOURS.danger,
        'fill-opacity': ['case', ['==', ['get', 'closed'], true], 0.25, 0.12],
      },
    },
    {
      id: REPORT_ZONE_LAYER_IDS.outline,
      type: 'line',
      source: REPORT_ZONE_SOURCE_ID,
      filter: ['in', ['get', 'part'], ['literal', ['area', 'outline']]],
      layout: { visibility: 'none', 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': COLOURS.danger, 'line-width': 2.5 },
    },
    {
      id: REPORT_ZONE_LAYER_IDS.vertices,
      type: 'circle',
      source: REPORT_ZONE_SOURCE_ID,
      filter: ['==', ['get', 'part'], 'vertex'],
      layout: { visibility: 'none' },
      paint: {
        'circle-radius': 5,
        'circle-color': '#ffffff',
        'circle-stroke-color': COLOURS.danger,
        'circle-stroke-width': 2.5,
      },
    },
  ]
}
