import { MVT_MEDIA_TYPE, TILE_LAYERS } from '@heritage-watch/shared'
import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'
import { slippyTile } from './decode-tile.ts'

const server = useTestApp()

const get = (url: string) => server.app.inject({ url })
const datasetTile = ({ z, x, y }: { z: number; x: number; y: number }, collections?: string) =>
  `/tiles/WebMercatorQuad/${z}/${y}/${x}${collections === undefined ? '' : `?collections=${collections}`}`

const problem = async (url: string, status: number) => {
  const response = await get(url)
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  return response.json() as { detail: string; 'invalid-params'?: { name: string; reason: string }[] }
}

/** The names of a tile's MVT layers, in the order they are written. */
const layerNames = (tile: Uint8Array) => Object.keys(new VectorTile(new PbfReader(tile)).layers)

describe('OGC API - Tiles: dataset tiles (several collections, one MVT layer each)', () => {
  // Lens: terrils, elements and communes all reach this zoom-12 tile.
  const lens = slippyTile(2.83, 50.43, 12)

  it('is the collections’ own tiles end to end, in the order asked: the same bytes per layer', async () => {
    const collections = ['terrils', 'bien-inscrit-elements', 'communes']
    const response = await get(datasetTile(lens, collections.join(',')))
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toBe(MVT_MEDIA_TYPE)
    const own = await Promise.all(
      collections.map(async (id) => (await get(`/tiles/${id}/${lens.z}/${lens.x}/${lens.y}`)).rawPayload),
    )
    expect(own.every((tile) => tile.length > 0)).toBe(true)
    expect(response.rawPayload.equals(Buffer.concat(own))).toBe(true)
    expect(layerNames(response.rawPayload)).toEqual(collections)
  })

  it('carries every collection with tiles when none is selected, each once', async () => {
    const all = await get(datasetTile(lens))
    const twice = await get(datasetTile(lens, 'terrils,terrils'))
    expect(all.statusCode).toBe(200)
    const names = layerNames(all.rawPayload)
    expect(names).toContain('terrils')
    expect(names.every((name) => name in TILE_LAYERS)).toBe(true)
    expect(twice.rawPayload.equals((await get(datasetTile(lens, 'terrils'))).rawPayload)).toBe(true)
  })

  it('leaves out the collections that have no tiles at the zoom, and answers 204 when nothing reaches', async () => {
    // Mine shafts start at zoom 10: at 9 the tile holds the terrils only.
    const at9 = slippyTile(2.83, 50.43, 9)
    const tile = await get(datasetTile(at9, 'puits-de-mines,terrils'))
    expect(layerNames(tile.rawPayload)).toEqual(['terrils'])
    // The English Channel, inside the grid: no feature of ours.
    expect((await get(datasetTile(slippyTile(1.0, 50.5, 12), 'terrils,communes'))).statusCode).toBe(204)
  })

  it('answers 400 naming a malformed matrix, row or column, or an unknown collection', async () => {
    const malformed = await problem('/tiles/WebMercatorQuad/x/1/-2?collections=terrils', 400)
    expect(malformed['invalid-params']?.map((param) => param.name)).toEqual(['tileMatrix', 'tileCol'])
    const unknown = await problem(datasetTile(lens, 'terrils,inconnue'), 400)
    expect(unknown['invalid-params']).toEqual([
      { name: 'collections', reason: expect.stringMatching(/inconnue/) },
    ])
    await problem(`${datasetTile(lens, 'terrils')}&f=png`, 400)
  })

  it('answers 404 outside the grid, above the tiles’ zooms, or where no selected collection has tiles', async () => {
    await problem('/tiles/WebMercatorQuad/3/9/9?collections=terrils', 404)
    await problem('/tiles/WebMercatorQuad/17/0/0?collections=terrils', 404)
    await problem(datasetTile(slippyTile(2.83, 50.43, 9), 'puits-de-mines'), 404)
  })
})
