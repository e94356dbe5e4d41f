import {
  COLLECTIONS,
  CollectionSchema,
  CollectionsSchema,
  EPSG_2154,
  STORAGE_CRS,
} from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { EXPECTED_COUNTS } from '../../helpers/expected-counts.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

describe('GET /collections', () => {
  it('lists one collection per layer with French titles, extent, CRS list, licence and count', async () => {
    const response = await server.app.inject({ url: '/collections' })
    expect(response.statusCode).toBe(200)
    const body = CollectionsSchema.parse(response.json())
    expect(body.collections.map((collection) => collection.id)).toEqual(
      COLLECTIONS.map((collection) => collection.id),
    )
    for (const collection of body.collections) {
      expect(collection.numberOfFeatures, collection.id).toBe(EXPECTED_COUNTS[collection.id])
      expect(collection.crs).toContain(EPSG_2154)
      expect(collection.storageCrs).toBe(STORAGE_CRS)
      expect(collection.links.some((link) => link.rel === 'license')).toBe(true)
      const [minX, minY, maxX, maxY] = collection.extent?.spatial.bbox[0] ?? []
      // Every layer lies in the Nord and Pas-de-Calais.
      expect(minX).toBeGreaterThan(1.5)
      expect(maxX).toBeLessThan(4.3)
      expect(minY).toBeGreaterThan(49.9)
      expect(maxY).toBeLessThan(51.1)
    }
  })

  it('gives the shafts a temporal extent', async () => {
    const body = CollectionSchema.parse(
      (await server.app.inject({ url: '/collections/puits-de-mines' })).json(),
    )
    const [start, end] = body.extent?.temporal?.interval[0] ?? []
    expect(start).toMatch(/^1[6-8]\d\d-01-01/)
    expect(end).toMatch(/^(19|20)\d\d-12-31/)
  })
})

describe('GET /collections/{collectionId}', () => {
  it('describes one collection with links to its items and queryables', async () => {
    const response = await server.app.inject({ url: '/collections/terrils' })
    const body = CollectionSchema.parse(response.json())
    expect(body.title).toBe('Terrils (bien inscrit et zone tampon)')
    expect(body.links.find((link) => link.rel === 'self')?.href).toBe(
      'http://localhost:80/collections/terrils?f=json',
    )
    expect(body.links.filter((link) => link.rel === 'items').map((link) => link.type)).toEqual([
      'application/geo+json',
      'text/html',
    ])
  })

  it('answers 404 as problem+json for an unknown collection', async () => {
    const response = await server.app.inject({ url: '/collections/chevalements-imaginaires' })
    expect(response.statusCode).toBe(404)
    expect(response.json().detail).toMatch(/collection "chevalements-imaginaires" does not exist/)
  })

  it('refuses unknown parameters', async () => {
    const response = await server.app.inject({ url: '/collections/terrils?limit=3' })
    expect(response.statusCode).toBe(400)
    expect(response.json()['invalid-params'][0].name).toBe('limit')
  })
})

describe('GET /collections/{collectionId}/queryables', () => {
  it('is a JSON Schema of the filterable properties', async () => {
    const response = await server.app.inject({ url: '/collections/terrils/queryables' })
    expect(response.headers['content-type']).toMatch(/^application\/schema\+json/)
    const schema = response.json()
    expect(schema.$schema).toMatch(/json-schema\.org/)
    expect(schema.properties.classement_2016).toMatchObject({
      type: 'string',
      enum: ['classé', 'en partie', 'hors site'],
    })
    expect(schema.properties.communes).toMatchObject({ type: 'array' })
    expect(schema.properties.source).toBeUndefined()
    expect(schema.additionalProperties).toBe(false)
  })
})
