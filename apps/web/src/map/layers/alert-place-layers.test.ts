import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { ALERT_PLACE_IDS, alertPlaceLayers, alertPlacesToGeoJson } from './alert-place-layers.ts'

// Test values: two alerts of the `alertes` collection as the API sends them (ids and places made up).
const PIN = '3f2c8a9e-1b7d-4e2a-9c3b-5d6e7f8a9b0c'
const ZONE = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'
const collection = {
  type: 'FeatureCollection' as const,
  features: [
    {
      type: 'Feature' as const,
      id: PIN,
      geometry: { type: 'Point' as const, coordinates: [2.771748, 50.443281] },
      properties: { severity: 'critical', title: 'Clôture arrachée', geometryOrigin: 'drawn' },
    },
    {
      type: 'Feature' as const,
      id: ZONE,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [3.17, 50.33],
            [3.18, 50.33],
            [3.18, 50.34],
            [3.17, 50.33],
          ],
        ],
      },
      properties: { severity: 'low', title: 'Dépôt', geometryOrigin: 'drawn' },
    },
  ],
}

describe('alert places', () => {
  it('keeps each alert’s id and severity, the most severe last so that it is drawn on top', () => {
    const geojson = alertPlacesToGeoJson(collection)
    expect(geojson.features.map((feature) => feature.properties)).toEqual([
      { alertId: ZONE, severity: 'low', title: 'Dépôt' },
      { alertId: PIN, severity: 'critical', title: 'Clôture arrachée' },
    ])
    expect(geojson.features[1]?.geometry).toEqual(collection.features[0]?.geometry)
  })

  it('is a valid style of zones, outlines and pins on its own source', () => {
    const style = {
      version: 8 as const,
      sources: {
        [ALERT_PLACE_IDS.source]: { type: 'geojson' as const, data: alertPlacesToGeoJson(collection) },
      },
      layers: alertPlaceLayers(),
    }
    expect(validateStyleMin(style)).toEqual([])
    expect(alertPlaceLayers().map((layer) => layer.id)).toEqual([
      ALERT_PLACE_IDS.zone,
      ALERT_PLACE_IDS.outline,
      ALERT_PLACE_IDS.pin,
    ])
  })
})
