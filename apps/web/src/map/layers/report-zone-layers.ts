import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { COLOURS } from './colours.ts'

// The zone a partner draws for a report (issue #4: "a drawn location (point or polygon)"). Like the
// alert badges it is not a registry layer (no collection, toggle or count): its source is empty until
// the report form draws into it (hooks/use-report-zone.ts), and it is emptied when the form closes.

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

/**
 * A see-through red area (paler while the zone is open), a red outline with a white casing so that it
 * reads on every layer, and a dot at each vertex. Features carry their `part` (lib/report-zone.ts).
 */
export function reportZoneLayers(): LayerSpecification[] {
  return [
    {
      id: REPORT_ZONE_LAYER_IDS.area,
      type: 'fill',
      source: REPORT_ZONE_SOURCE_ID,
      filter: ['==', ['get', 'part'], 'area'],
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
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': COLOURS.danger, 'line-width': 2.5 },
    },
    {
      id: REPORT_ZONE_LAYER_IDS.vertices,
      type: 'circle',
      source: REPORT_ZONE_SOURCE_ID,
      filter: ['==', ['get', 'part'], 'vertex'],
      paint: {
        'circle-radius': 5,
        'circle-color': '#ffffff',
        'circle-stroke-color': COLOURS.danger,
        'circle-stroke-width': 2.5,
      },
    },
  ]
}
