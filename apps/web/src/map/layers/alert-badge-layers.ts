import { ALERT_SEVERITIES, type AlertBadges, type AlertSeverity } from '@heritage-watch/shared'
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'

// Badges of the features with open alerts (issue #4), coloured by their highest severity. They are not a
// registry layer: they have no collection, no toggle and no count, and only an account that may read
// alerts gets any (an empty source otherwise). Their points come from GET /alerts/badges.

export const ALERT_BADGE_SOURCE_ID = 'alertes-ouvertes'
export const ALERT_BADGE_LAYER_ID = 'alertes-ouvertes/badge'

/** Yellow to dark red, readable on every layer of the map and told apart without the legend's words. */
export const SEVERITY_COLOURS: Record<AlertSeverity, string> = {
  low: '#f6d743',
  medium: '#f39c12',
  high: '#e0461b',
  critical: '#8b0000',
}

export const EMPTY_BADGES: GeoJSON.FeatureCollection<GeoJSON.Point> = {
  type: 'FeatureCollection',
  features: [],
}

/** The source, empty until the badges of the signed-in account are set (see use-alert-badges.ts). */
export function alertBadgeSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: EMPTY_BADGES }
}

// Written out rather than built from ALERT_SEVERITIES: the style types want a literal `match`.
/** A feature's `severity` property as its colour; the alert places (alert-place-layers.ts) share it. */
export const severityColour: ExpressionSpecification = [
  'match',
  ['get', 'severity'],
  'low',
  SEVERITY_COLOURS.low,
  'medium',
  SEVERITY_COLOURS.medium,
  'high',
  SEVERITY_COLOURS.high,
  'critical',
  SEVERITY_COLOURS.critical,
  SEVERITY_COLOURS.medium,
]

/** One more pixel of radius per further alert on the feature, up to four. */
const extra: ExpressionSpecification = ['min', ['-', ['get', 'count'], 1], 4]

/** A ring-and-dot badge above every other layer, larger for more alerts on the feature. */
export function alertBadgeLayers(): LayerSpecification[] {
  return [
    {
      id: ALERT_BADGE_LAYER_ID,
      type: 'circle',
      source: ALERT_BADGE_SOURCE_ID,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, ['+', 5, extra], 15, ['+', 8, extra]],
        'circle-color': severityColour,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
  ]
}

/** The badges as GeoJSON points, the most severe drawn last (on top). */
export function badgesToGeoJson(badges: AlertBadges['badges']): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const rank = (severity: AlertSeverity) => ALERT_SEVERITIES.indexOf(severity)
  return {
    type: 'FeatureCollection',
    features: [...badges]
      .sort((a, b) => rank(a.severity) - rank(b.severity))
      .map((badge) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: badge.anchor },
        properties: {
          collection: badge.collection,
          featureId: badge.featureId,
          severity: badge.severity,
          count: badge.count,
        },
      })),
  }
}
