import { MVT_MEDIA_TYPE, TILE_LAYERS } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { EXPECTED_COUNTS } from '../../helpers/expected-counts.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { decodeLayer, slippyTile } from './decode-tile.ts'

const server = useTestApp()

const tileUrl = (collection: string, { z, x, y }: { z: number; x: number; y: number }) =>
  `/tiles/${collection}/${z}/${x}/${y}`

/** Fetches a tile that must exist and decodes the collection's layer. */
const layer = async (collection: string, url: string) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toBe(MVT_MEDIA_TYPE)
  expect(response.headers['cache-control']).toBe('no-cache')
  const features = decodeLayer(response.rawPayload, collection)
  expect(features, `layer ${collection}`).toBeDefined()
  return features ?? []
}

const problem = async (url: string, status: number) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  return response.json() as { detail: string; 'invalid-params'?: { name: string; reason: string }[] }
}

describe('GET /tiles/{collectionId}/{z}/{x}/{y}', () => {
  it('carries the Fosse Delloye at Lewarde with its id and tile properties', async () => {
    const tile = slippyTile(3.1722, 50.3319, 14)
    expect(tile).toEqual({ z: 14, x: 8336, y: 5532 })
    const features = await layer('bien-inscrit-elements', tileUrl('bien-inscrit-elements', tile))
    const delloye = features.find((feature) => feature.properties.id === '23')
    expect(delloye?.type).toBe(3)
    const item = (await server.app.inject({ url: '/collections/bien-inscrit-elements/items/23' })).json()
    const expected = Object.fromEntries(
      TILE_LAYERS['bien-inscrit-elements']?.properties
        .filter((name) => item.properties[name] !== null)
        .map((name) => [name, item.properties[name]]) ?? [],
    )
    expect(delloye?.properties).toEqual({ id: '23', ...expected })
    // Clipped to the tile and its 64-unit buffer.
    for (const point of delloye?.rings.flat() ?? []) {
      expect(point.x).toBeGreaterThanOrEqual(-64)
      expect(point.x).toBeLessThanOrEqual(4096 + 64)
    }
  })

  it('labels terril 74A as classé in the 2016 site', async () => {
    const features = await layer('terrils', tileUrl('terrils', slippyTile(2.7784, 50.4432, 14)))
    const terril = features.find((feature) => feature.properties.id === '74A')
    expect(terril?.properties).toMatchObject({ numero: '74A', classement_2016: 'classé' })
  })

  it('answers 204 No Content for a tile with no feature', async () => {
    const sea = await server.app.inject({ url: '/tiles/bien-inscrit-elements/10/0/0' })
    expect(sea.statusCode).toBe(204)
    expect(sea.rawPayload).toHaveLength(0)
    expect(sea.headers['cache-control']).toBe('no-cache')
  })

  it('leaves out communes too small to see and keeps all of them once they are drawn', async () => {
    // Below a quarter of a screen pixel (16 square tile units, tiles/tile-grid.ts) a polygon is left out
    // by both engines: every commune at z=0, most at z=3, none from z=5 on. Both engines check the same
    // numbers.
    const basin = (z: number) => tileUrl('communes', slippyTile(3.17, 50.33, z))
    expect((await server.app.inject({ url: basin(0) })).statusCode).toBe(204)
    expect(await layer('communes', basin(3))).toHaveLength(71)
    expect(await layer('communes', basin(5))).toHaveLength(EXPECTED_COUNTS.communes ?? 0)
  })

  it('serves the shafts from their minzoom and answers 404 below it', async () => {
    const shafts = await layer('puits-de-mines', tileUrl('puits-de-mines', slippyTile(3.17, 50.33, 10)))
    expect(shafts.length).toBeGreaterThan(0)
    expect(shafts.every((feature) => feature.type === 1)).toBe(true)
    const below = await problem(tileUrl('puits-de-mines', slippyTile(3.17, 50.33, 9)), 404)
    expect(below.detail).toMatch(/from zoom 10 to 16, not at zoom 9/)
  })

  it('revalidates with ETag and If-None-Match, and gzips tiles under the same ETag', async () => {
    const url = tileUrl('communes', slippyTile(3.17, 50.33, 8))
    const plain = await server.app.inject({ url })
    const etag = plain.headers.etag as string
    expect(etag).toBeTruthy()
    const again = await server.app.inject({ url, headers: { 'if-none-match': etag } })
    expect(again.statusCode).toBe(304)
    const gzipped = await server.app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.headers.etag).toBe(etag)
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length)
  })
})

describe('bad tile requests', () => {
  it.each([
    ['2/4/0', 'x', /from 0 to 3 at zoom 2/],
    ['2/0/4', 'y', /from 0 to 3 at zoom 2/],
    ['17/0/0', 'z', /from 0 to 16/],
    ['ten/0/0', 'z', /whole number/],
    ['3/1.5/0', 'x', /whole number/],
    ['3/0/-1', 'y', /whole number/],
  ])('%s → 400 naming %s', async (path, name, reason) => {
    const body = await problem(`/tiles/terrils/${path}`, 400)
    expect(body['invalid-params']?.map((param) => param.name)).toEqual([name])
    expect(body['invalid-params']?.[0]?.reason).toMatch(reason)
  })

  it('refuses query parameters', async () => {
    const body = await problem('/tiles/terrils/3/4/2?v=1', 400)
    expect(body['invalid-params']?.[0]?.name).toBe('v')
  })

  it('answers 404 for an unknown collection', async () => {
    const body = await problem('/tiles/nope/3/4/2', 404)
    expect(body.detail).toMatch(/collection "nope" does not exist/)
  })
})
