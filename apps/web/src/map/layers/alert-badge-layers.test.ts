import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import {
  ALERT_BADGE_SOURCE_ID,
  alertBadgeLayers,
  alertBadgeSource,
  badgesToGeoJson,
  SEVERITY_COLOURS,
} from './alert-badge-layers.ts'

describe('alert badges', () => {
  it('puts one point per feature, the most severe last so that it is drawn on top', () => {
    const geojson = badgesToGeoJson([
      { collection: 'terrils', featureId: '74A', severity: 'critical', count: 2, anchor: [2.778, 50.443] },
      {
        collection: 'bien-inscrit-elements',
        featureId: '23',
        severity: 'low',
        count: 1,
        anchor: [3.17, 50.33],
      },
    ])
    expect(geojson.features.map((feature) => feature.properties)).toEqual([
      { collection: 'bien-inscrit-elements', featureId: '23', severity: 'low', count: 1 },
      { collection: 'terrils', featureId: '74A', severity: 'critical', count: 2 },
    ])
    expect(geojson.features[1]?.geometry.coordinates).toEqual([2.778, 50.443])
  })

  it('is a valid style layer on its own source, with one colour per severity', () => {
    const style = {
      version: 8 as const,
      sources: { [ALERT_BADGE_SOURCE_ID]: alertBadgeSource() },
      layers: alertBadgeLayers(),
    }
    expect(validateStyleMin(style)).toEqual([])
    expect(new Set(Object.values(SEVERITY_COLOURS)).size).toBe(4)
  })
})
