import {
  COLLECTIONS,
  CollectionSchema,
  DATA_ATTRIBUTION,
  MVT_MEDIA_TYPE,
  TILE_LAYERS,
  TileJsonSchema,
} from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { decodeLayer, slippyTile } from './decode-tile.ts'

const server = useTestApp()

const tileJson = async (url: string) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toMatch(/^application\/json/)
  return TileJsonSchema.parse(response.json())
}

describe('GET /tiles/{collectionId}', () => {
  it('describes the terrils tiles: absolute template, extent, zooms, typed fields, attribution', async () => {
    const body = await tileJson('/tiles/terrils')
    expect(body.tiles).toEqual(['http://localhost:80/tiles/terrils/{z}/{x}/{y}'])
    const collection = CollectionSchema.parse(
      (await server.app.inject({ url: '/collections/terrils' })).json(),
    )
    expect(body.bounds).toEqual(collection.extent?.spatial.bbox[0])
    expect([body.minzoom, body.maxzoom]).toEqual([TILE_LAYERS.terrils?.minzoom, TILE_LAYERS.terrils?.maxzoom])
    expect(body.vector_layers).toEqual([
      {
        id: 'terrils',
        fields: { id: 'String', nom: 'String', numero: 'String', classement_2016: 'String', zone: 'String' },
        minzoom: 0,
        maxzoom: 16,
      },
    ])
    expect(body.attribution).toBe(DATA_ATTRIBUTION)
  })

  it('types booleans and starts each layer at its own minzoom', async () => {
    const communes = await tileJson('/tiles/communes')
    expect(communes.vector_layers[0]?.fields).toEqual({ id: 'String', nom: 'String', decret_2016: 'Boolean' })
    const shafts = await tileJson('/tiles/puits-de-mines')
    expect(shafts.minzoom).toBe(10)
  })

  it('has a template whose tiles are served', async () => {
    const body = await tileJson('/tiles/terrils')
    const { z, x, y } = slippyTile(2.7784, 50.4432, 14)
    const url = body.tiles[0]?.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))
    const response = await server.app.inject({ url: new URL(url ?? '').pathname })
    expect(response.headers['content-type']).toBe(MVT_MEDIA_TYPE)
    expect(decodeLayer(response.rawPayload, 'terrils')?.map((feature) => feature.properties.id)).toContain(
      '74A',
    )
  })

  it('offers a valid TileJSON for every collection of the catalogue', async () => {
    for (const collection of COLLECTIONS) {
      const body = await tileJson(`/tiles/${collection.id}`)
      expect(body.vector_layers.map((layer) => layer.id)).toEqual([collection.id])
    }
  })

  it('builds the template on PUBLIC_URL when it is set', async () => {
    const app = await buildApp({
      pool: server.pool,
      config: {
        PUBLIC_URL: 'https://heritage.example/',
        WEB_DIST_DIR: '/nonexistent-web-dist',
        LOG_LEVEL: 'silent',
      },
      logger: false,
    })
    try {
      const body = TileJsonSchema.parse((await app.inject({ url: '/tiles/epci' })).json())
      expect(body.tiles).toEqual(['https://heritage.example/tiles/epci/{z}/{x}/{y}'])
    } finally {
      await app.close()
    }
  })

  it('answers 404 for an unknown collection and 400 for a query parameter', async () => {
    expect((await server.app.inject({ url: '/tiles/nope' })).statusCode).toBe(404)
    expect((await server.app.inject({ url: '/tiles/terrils?f=json' })).statusCode).toBe(400)
  })
})
