import { ALERT_SEVERITIES, type AlertSeverity, type FeatureCollection } from '@heritage-watch/shared'
import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl'
import { ALERT_BADGE_LAYER_ID, severityColour } from './alert-badge-layers.ts'

// The alerts that have a place of their own, a dropped pin or a drawn zone (issue #10 §1), coloured by
// severity like the badges. Like the badges they are no registry layer: no collection, no toggle, and
// only accounts that may see alerts get them, from the private `alertes` collection (never from tiles).
// They are added at run time by a lazily loaded chunk (components/monitoring/alert-places-layer.tsx), so
// that the first load does not grow, just under the badges.

/**
 * The alert places' source and layers. Not in ids.ts: that module is in the first load, and the map's
 * click handling finds alert places by their `alertId` property instead (hooks/use-map-click.ts).
 */
export const ALERT_PLACE_IDS = {
  source: 'alertes-lieux',
  zone: 'alertes-lieux/zone',
  outline: 'alertes-lieux/contour',
  pin: 'alertes-lieux/epingle',
} as const

/** The alert places as the map draws them: flat properties, the most severe drawn last (on top). */
export function alertPlacesToGeoJson(
  collection: Pick<FeatureCollection, 'features'>,
): GeoJSON.FeatureCollection {
  const rank = (severity: unknown) => ALERT_SEVERITIES.indexOf(severity as AlertSeverity)
  return {
    type: 'FeatureCollection',
    features: collection.features
      .filter((feature) => feature.geometry !== null && feature.id !== undefined)
      .sort((a, b) => rank(a.properties.severity) - rank(b.properties.severity))
      .map((feature) => ({
        type: 'Feature',
        geometry: feature.geometry as GeoJSON.Geometry,
        properties: {
          alertId: String(feature.id),
          severity: String(feature.properties.severity),
          title: String(feature.properties.title ?? ''),
        },
      })),
  }
}

/** A zone's see-through fill, its outline and each pin: a severity-coloured dot in a white ring. */
export function alertPlaceLayers(): LayerSpecification[] {
  const source = ALERT_PLACE_IDS.source
  const zones: FilterSpecification = ['==', ['geometry-type'], 'Polygon']
  return [
    {
      id: ALERT_PLACE_IDS.zone,
      type: 'fill',
      source,
      filter: zones,
      paint: { 'fill-color': severityColour, 'fill-opacity': 0.2 },
    },
    {
      id: ALERT_PLACE_IDS.outline,
      type: 'line',
      source,
      filter: zones,
      paint: { 'line-color': severityColour, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
    },
    {
      id: ALERT_PLACE_IDS.pin,
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 5, 15, 9],
        'circle-color': severityColour,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2.5,
      },
    },
  ]
}

/** Draws the alert places on the map (adding the source and layers the first time), under the badges. */
export function showAlertPlaces(map: MapLibreMap, data: GeoJSON.FeatureCollection): void {
  const existing = map.getSource<GeoJSONSource>(ALERT_PLACE_IDS.source)
  if (existing) {
    existing.setData(data)
    return
  }
  map.addSource(ALERT_PLACE_IDS.source, { type: 'geojson', data })
  const below = map.getLayer(ALERT_BADGE_LAYER_ID) ? ALERT_BADGE_LAYER_ID : undefined
  for (const layer of alertPlaceLayers()) map.addLayer(layer, below)
}

/** Takes the alert places off the map (signed out, or the account may no longer see alerts). */
export function removeAlertPlaces(map: MapLibreMap): void {
  for (const layer of alertPlaceLayers()) if (map.getLayer(layer.id)) map.removeLayer(layer.id)
  if (map.getSource(ALERT_PLACE_IDS.source)) map.removeSource(ALERT_PLACE_IDS.source)
}
