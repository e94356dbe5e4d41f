import {
  CONFORMANCE_CLASSES,
  CollectionSchema,
  MVT_MEDIA_TYPE,
  TILESETS_VECTOR_REL,
  TILING_SCHEMES_REL,
  TileMatrixSetSchema,
  TileMatrixSetsSchema,
  TileSetSchema,
  TileSetsSchema,
} from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'
import { decodeLayer, slippyTile } from './decode-tile.ts'

const server = useTestApp()

const get = (url: string) => server.app.inject({ url })
const ogcTile = (collection: string, { z, x, y }: { z: number; x: number; y: number }) =>
  `/collections/${collection}/tiles/WebMercatorQuad/${z}/${y}/${x}`

const problem = async (url: string, status: number) => {
  const response = await get(url)
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  return response.json() as { detail: string; 'invalid-params'?: { name: string }[] }
}

describe('OGC API - Tiles: the tile matrix set', () => {
  it('lists WebMercatorQuad with a link to its definition', async () => {
    const list = TileMatrixSetsSchema.parse((await get('/tileMatrixSets')).json())
    expect(list.tileMatrixSets.map((set) => set.id)).toEqual(['WebMercatorQuad'])
    expect(list.tileMatrixSets[0]?.links[0]?.href).toMatch(/\/tileMatrixSets\/WebMercatorQuad$/)
  })

  it('defines WebMercatorQuad as OGC 17-083r4 annex D does', async () => {
    const response = await get('/tileMatrixSets/WebMercatorQuad')
    expect(response.statusCode).toBe(200)
    const set = TileMatrixSetSchema.parse(response.json())
    expect(set.uri).toBe('http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad')
    expect(set.crs).toBe('http://www.opengis.net/def/crs/EPSG/0/3857')
    expect(set.tileMatrices).toHaveLength(25)
    const [first] = set.tileMatrices
    expect(first?.scaleDenominator).toBeCloseTo(559082264.028717, 3)
    expect(first?.cellSize).toBeCloseTo(156543.033928041, 6)
    expect(first?.pointOfOrigin).toEqual([-20037508.3427892, 20037508.3427892])
    expect(set.tileMatrices[14]).toMatchObject({ id: '14', matrixWidth: 16384, matrixHeight: 16384 })
  })

  it('answers 404 for a tile matrix set it does not offer', async () => {
    expect((await problem('/tileMatrixSets/WorldCRS84Quad', 404)).detail).toMatch(/WorldCRS84Quad/)
  })
})

describe('OGC API - Tiles: a collection’s tilesets', () => {
  it('links the collection to its tilesets and the landing page to the tile matrix sets', async () => {
    const collection = CollectionSchema.parse((await get('/collections/terrils')).json())
    const tiles = collection.links.find((link) => link.rel === TILESETS_VECTOR_REL)
    expect(tiles?.href).toMatch(/\/collections\/terrils\/tiles$/)
    const landing = (await get('/')).json() as { links: { rel: string; href: string }[] }
    expect(landing.links.find((link) => link.rel === TILING_SCHEMES_REL)?.href).toMatch(/\/tileMatrixSets$/)
  })

  it('declares the Tiles Part 1 conformance classes', async () => {
    const { conformsTo } = (await get('/conformance')).json() as { conformsTo: string[] }
    expect(conformsTo).toEqual([...CONFORMANCE_CLASSES])
    for (const name of ['core', 'tileset', 'tilesets-list', 'geodata-tilesets', 'mvt', 'oas30'])
      expect(conformsTo).toContain(`http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/${name}`)
  })

  it('lists one vector tileset in WebMercatorQuad', async () => {
    const response = await get('/collections/terrils/tiles')
    expect(response.statusCode).toBe(200)
    const { tilesets } = TileSetsSchema.parse(response.json())
    expect(tilesets).toHaveLength(1)
    expect(tilesets[0]).toMatchObject({
      dataType: 'vector',
      crs: 'http://www.opengis.net/def/crs/EPSG/0/3857',
    })
    const template = tilesets[0]?.links.find((link) => link.rel === 'item')
    expect(template?.href).toMatch(
      /\/collections\/terrils\/tiles\/WebMercatorQuad\/\{tileMatrix\}\/\{tileRow\}\/\{tileCol\}$/,
    )
    expect(template?.type).toBe(MVT_MEDIA_TYPE)
  })

  it('describes the tileset: the layer, its properties and the limits the data reaches', async () => {
    const set = TileSetSchema.parse((await get('/collections/puits-de-mines/tiles/WebMercatorQuad')).json())
    const collection = CollectionSchema.parse((await get('/collections/puits-de-mines')).json())
    const [west, south, east, north] = collection.extent?.spatial.bbox[0] ?? []
    expect(set.boundingBox).toMatchObject({ lowerLeft: [west, south], upperRight: [east, north] })
    expect(set.layers[0]).toMatchObject({ id: 'puits-de-mines', geometryDimension: 0, minTileMatrix: '10' })
    expect(Object.keys(set.layers[0]?.propertiesSchema.properties ?? {})).toEqual([
      'id',
      'fosse',
      'puits',
      'commune',
    ])
    // The shafts start at zoom 10 (tile-layers.ts): the limits go from matrix 10 to 16.
    expect(set.tileMatrixSetLimits.map((limit) => limit.tileMatrix)).toEqual([
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
    ])
    const lewarde = slippyTile(3.1722, 50.3319, 14)
    const at14 = set.tileMatrixSetLimits.find((limit) => limit.tileMatrix === '14')
    expect(lewarde.x).toBeGreaterThanOrEqual(at14?.minTileCol ?? Infinity)
    expect(lewarde.x).toBeLessThanOrEqual(at14?.maxTileCol ?? -1)
    expect(lewarde.y).toBeGreaterThanOrEqual(at14?.minTileRow ?? Infinity)
    expect(lewarde.y).toBeLessThanOrEqual(at14?.maxTileRow ?? -1)
  })
})

describe('OGC API - Tiles: a tile', () => {
  it('is byte for byte the tile of /tiles/{collectionId}/{z}/{x}/{y}', async () => {
    const tile = slippyTile(3.1722, 50.3319, 14)
    const today = await get(`/tiles/bien-inscrit-elements/${tile.z}/${tile.x}/${tile.y}`)
    const ogc = await get(ogcTile('bien-inscrit-elements', tile))
    expect(ogc.statusCode).toBe(200)
    expect(ogc.headers['content-type']).toBe(MVT_MEDIA_TYPE)
    expect(ogc.rawPayload.equals(today.rawPayload)).toBe(true)
    const features = decodeLayer(ogc.rawPayload, 'bien-inscrit-elements') ?? []
    expect(features.map((feature) => feature.properties.id)).toContain('23')
  })

  it('answers 204 inside the limits where no feature reaches', async () => {
    // The grands sites are 5 points: the first matrix's one tile is within the limits, and at 16 a tile
    // between Lewarde and Oignies holds none of them.
    const set = TileSetSchema.parse((await get('/collections/grands-sites/tiles/WebMercatorQuad')).json())
    const at16 = set.tileMatrixSetLimits.find((limit) => limit.tileMatrix === '16')
    const empty = { z: 16, x: (at16?.minTileCol ?? 0) + 1, y: (at16?.minTileRow ?? 0) + 1 }
    const response = await get(ogcTile('grands-sites', empty))
    expect(response.statusCode).toBe(204)
  })

  it('answers 400 naming a matrix, row or column that is not a whole number', async () => {
    const body = await problem('/collections/terrils/tiles/WebMercatorQuad/x/1/-2', 400)
    expect(body['invalid-params']?.map((param) => param.name)).toEqual(['tileMatrix', 'tileCol'])
  })

  it('answers 404 outside the tile matrix set, the zooms or the data’s limits', async () => {
    await problem('/collections/terrils/tiles/WebMercatorQuad/25/0/0', 404)
    await problem('/collections/terrils/tiles/WebMercatorQuad/17/0/0', 404)
    // Whole numbers beyond the grid of matrix 3 (8 x 8 tiles).
    await problem('/collections/terrils/tiles/WebMercatorQuad/3/9/9', 404)
    // Matrix 14, row 0: the Arctic, far outside the terrils' limits.
    expect((await problem('/collections/terrils/tiles/WebMercatorQuad/14/0/8336', 404)).detail).toMatch(
      /tileMatrixSetLimits/,
    )
    await problem(ogcTile('puits-de-mines', slippyTile(3.17, 50.33, 9)), 404)
    await problem('/collections/terrils/tiles/WorldCRS84Quad/3/2/4', 404)
    await problem('/collections/inconnue/tiles/WebMercatorQuad/3/2/4', 404)
    await problem('/collections/inconnue/tiles', 404)
  })
})
