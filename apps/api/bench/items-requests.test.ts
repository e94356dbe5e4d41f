import { describe, expect, it } from 'vitest'
import { apiPath, featureCount, ITEMS_REQUESTS } from './items-requests.ts'

describe('featureCount', () => {
  it('counts the features with a geometry, as MapServer serves only those', () => {
    const page = {
      type: 'FeatureCollection',
      features: [{ geometry: { type: 'Point' } }, { geometry: null }],
    }
    expect(featureCount(JSON.stringify(page))).toBe(1)
    expect(featureCount(JSON.stringify({ type: 'Feature', geometry: { type: 'Point' } }))).toBe(1)
    expect(featureCount(JSON.stringify({ type: 'Feature', geometry: null }))).toBe(0)
  })

  it('refuses what is not GeoJSON features', () => {
    expect(() => featureCount('{"type":"about:blank","status":400}')).toThrow(/not a FeatureCollection/)
  })
})

describe('ITEMS_REQUESTS', () => {
  it('asks MapServer for JSON without the parameters MapServer 8.0 does not know', () => {
    for (const request of ITEMS_REQUESTS) {
      expect(request.mapserver).toContain('f=json')
      expect(request.mapserver).not.toMatch(/[?&](crs|compagnie)=/)
    }
    const filter = ITEMS_REQUESTS.find((request) => request.id === 'filter')
    expect(filter?.mapserver).toBe('/collections/puits-de-mines--anzin/items?f=json&limit=1000')
    expect(apiPath(filter!)).toBe(
      "/collections/puits-de-mines/items?compagnie=Compagnie%20d'Anzin&limit=1000",
    )
  })

  it('asks one feature by its path', () => {
    const feature = ITEMS_REQUESTS.find((request) => request.featureId)
    expect(apiPath(feature!)).toBe('/collections/terrils/items/74A')
  })
})
