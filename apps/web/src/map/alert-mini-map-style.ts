import type { AlertSeverity, Geometry } from '@heritage-watch/shared'
import type { FilterSpecification, StyleSpecification } from 'maplibre-gl'
import { ALERT_PLACE_IDS, alertPlaceLayers } from './layers/alert-place-layers.ts'

// A features-only alert's geometry is the union of its features': it may be multi-part or a collection,
// so the small map's filters take the multi types too.
const AREAS: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]]
const POINTS: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]]

/**
 * The style of an alert record's small map: the main map's current style (its layers as the user shows
 * them), without its alert places, and the alert's geometry drawn as the map draws alert places (pin,
 * or zone and outline), coloured by severity.
 */
export function alertMiniMapStyle(
  mainStyle: StyleSpecification,
  geometry: Geometry,
  severity: AlertSeverity,
): StyleSpecification {
  const ownIds = new Set<string>(Object.values(ALERT_PLACE_IDS))
  const style = { ...mainStyle, layers: mainStyle.layers.filter((layer) => !ownIds.has(layer.id)) }
  const place: GeoJSON.Feature = {
    type: 'Feature',
    geometry: geometry as GeoJSON.Geometry,
    properties: { severity },
  }
  const layers = alertPlaceLayers().map((layer) =>
    layer.type === 'circle' ? { ...layer, filter: POINTS } : { ...layer, filter: AREAS },
  )
  return {
    ...style,
    sources: { ...style.sources, [ALERT_PLACE_IDS.source]: { type: 'geojson', data: place } },
    layers: [...style.layers, ...layers],
  }
}
