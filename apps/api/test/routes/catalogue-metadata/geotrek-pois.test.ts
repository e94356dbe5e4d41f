import { GeotrekPoisSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { EXPECTED_COUNTS } from '../../helpers/expected-counts.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

async function pois() {
  const response = await server.app.inject({ url: '/exports/geotrek/pois.geojson' })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toMatch(/^application\/geo\+json/)
  return GeotrekPoisSchema.parse(response.json())
}

const count = (features: { properties: { id: string } }[], prefix: string) =>
  features.filter((feature) => feature.properties.id.startsWith(prefix)).length

describe('GET /exports/geotrek/pois.geojson', () => {
  it('exports every terril, grand site and site at risk, and each other element of the property once', async () => {
    const { features } = await pois()
    expect(count(features, 'terril-')).toBe(EXPECTED_COUNTS.terrils)
    expect(count(features, 'grand-site-')).toBe(EXPECTED_COUNTS['grands-sites'])
    expect(count(features, 'site-en-danger-')).toBe(EXPECTED_COUNTS['sites-en-danger'])
    // The 353 elements, less the 5 grands sites, the 11 sites at risk and the terrils already exported
    // with their terril row.
    const linked = (
      await server.pool.query<{ count: number }>(
        'SELECT count(DISTINCT element_unesco)::int AS count FROM terril WHERE element_unesco IS NOT NULL',
      )
    ).rows[0]?.count
    expect(linked).toBeGreaterThan(0)
    expect(count(features, 'element-')).toBe(
      (EXPECTED_COUNTS['bien-inscrit-elements'] ?? 0) - 5 - 11 - (linked ?? 0),
    )
    expect(new Set(features.map((feature) => feature.properties.id)).size).toBe(features.length)
  })

  it('gives each a name, a type and a French description, as a point inside the basin', async () => {
    const { features } = await pois()
    for (const feature of features) {
      expect(feature.properties.name.length, feature.properties.id).toBeGreaterThan(0)
      expect(feature.properties.description.length, feature.properties.id).toBeGreaterThan(0)
      const [longitude, latitude] = feature.geometry.coordinates
      expect(longitude).toBeGreaterThan(1.5)
      expect(longitude).toBeLessThan(4.3)
      expect(latitude).toBeGreaterThan(49.9)
      expect(latitude).toBeLessThan(51.1)
    }
    const lewarde = features.find((feature) => feature.properties.id === 'grand-site-23')
    expect(lewarde?.properties).toMatchObject({ type: 'Grand site minier' })
    expect(lewarde?.properties.description).toContain('Lewarde')
    const terril = features.find((feature) => feature.properties.id === 'terril-74A')
    expect(terril?.properties.type).toBe('Terril')
    expect(terril?.properties.description).toContain('Terril n° 74A')
  })

  it('puts a polygon’s point on its surface', async () => {
    const { features } = await pois()
    const terril = features.find((feature) => feature.properties.id === 'terril-74A')
    const [longitude, latitude] = terril?.geometry.coordinates ?? [0, 0]
    const inside = await server.pool.query<{ inside: boolean }>(
      'SELECT ST_Intersects(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) AS inside FROM terril WHERE id = $3',
      [longitude, latitude, '74A'],
    )
    expect(inside.rows[0]?.inside).toBe(true)
  })
})
