import {
  COLLECTIONS,
  EPSG_2154,
  type Feature,
  FeatureCollectionSchema,
  FeatureSchema,
  findCollection,
  itemsQuerySchema,
} from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { createFeaturesRepo } from '../../../src/db/features-repo.ts'
import { EXPECTED_COUNTS } from '../../helpers/expected-counts.ts'
import { useTestApp } from '../../helpers/test-app.ts'

// The GeoJSON texts PostgreSQL writes (issue 12) against the features the repo made before, parsed in
// Node: the same features, the same values, whatever the layer.
const server = useTestApp()

const get = async (url: string) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, response.body).toBe(200)
  return response
}

const withoutLinks = ({ links: _links, ...feature }: Feature) => feature

describe('features written by PostgreSQL', () => {
  it.each(COLLECTIONS.map((collection) => collection.id))(
    '%s: the same features as the parsed rows, valid against the response schema',
    async (id) => {
      const collection = findCollection(id)!
      const query = itemsQuerySchema(collection).parse({ limit: '40', offset: '0' })
      const expected = await createFeaturesRepo(server.pool).findItems(collection, query)
      const body = FeatureCollectionSchema.parse((await get(`/collections/${id}/items?limit=40`)).json())
      expect(body.numberMatched).toBe(EXPECTED_COUNTS[id])
      expect(body.numberMatched).toBe(expected.numberMatched)
      // A page's features carry no links: nothing is added to them per feature (architecture §26).
      expect(body.features).toEqual(expected.features)
    },
  )

  it('writes one feature in Lambert-93 as the repo did, with its links', async () => {
    const collection = findCollection('terrils')!
    const expected = await createFeaturesRepo(server.pool).findFeature(collection, '1', EPSG_2154)
    const response = await get(`/collections/terrils/items/1?crs=${encodeURIComponent(EPSG_2154)}`)
    expect(response.headers['content-crs']).toBe(`<${EPSG_2154}>`)
    const feature = FeatureSchema.parse(response.json())
    expect(withoutLinks(feature)).toEqual(expected)
    expect(feature.links?.map((link) => link.rel)).toEqual(['self', 'alternate', 'collection'])
  })

  it('counts right on a full page, a short last page and past the end', async () => {
    const total = EXPECTED_COUNTS['puits-de-mines']!
    const full = FeatureCollectionSchema.parse(
      (await get('/collections/puits-de-mines/items?limit=600')).json(),
    )
    expect([full.numberMatched, full.numberReturned]).toEqual([total, 600])
    const last = FeatureCollectionSchema.parse(
      (await get('/collections/puits-de-mines/items?limit=600&offset=600')).json(),
    )
    expect([last.numberMatched, last.numberReturned]).toEqual([total, total - 600])
    const past = FeatureCollectionSchema.parse(
      (await get('/collections/puits-de-mines/items?limit=10&offset=5000')).json(),
    )
    expect([past.numberMatched, past.numberReturned]).toEqual([total, 0])
  })

  it('counts a filtered page as the count query does', async () => {
    const collection = findCollection('terrils')!
    const first = FeatureCollectionSchema.parse((await get('/collections/terrils/items?limit=1')).json())
    const commune = String((first.features[0]?.properties.communes as string[])[0])
    const query = itemsQuerySchema(collection).parse({ limit: '1', communes: commune })
    const expected = await createFeaturesRepo(server.pool).findItems(collection, query)
    const url = `/collections/terrils/items?limit=1&communes=${encodeURIComponent(commune)}`
    const filtered = FeatureCollectionSchema.parse((await get(url)).json())
    expect(filtered.numberMatched).toBe(expected.numberMatched)
    expect(filtered.numberMatched).toBeGreaterThan(0)
  })

  it('streams a big page whole: every commune once, in id order', async () => {
    const response = await get('/collections/communes/items?limit=10000')
    // Streamed, with its size known before the first chunk leaves (ogc/feature-page-body.ts).
    expect(response.body.length).toBeGreaterThan(1 << 18)
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length)
    const body = FeatureCollectionSchema.parse(response.json())
    const ids = (await server.pool.query<{ id: string }>('SELECT id FROM commune ORDER BY id')).rows
    expect(body.numberReturned).toBe(EXPECTED_COUNTS.communes)
    expect(body.features.map((feature) => feature.id)).toEqual(ids.map((row) => row.id))
  })
})
