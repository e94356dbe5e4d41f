import { VectorTile } from '@mapbox/vector-tile'
import type { Feature } from 'geojson'
import { PbfReader } from 'pbf'
import { describe, expect, it } from 'vitest'
import { encodeTile } from './fallback-encoder.ts'

// Synthetic features only: a square, a point, a line and a speck placed on a known tile, so that the
// expected tile units can be worked out by hand.
const TILE = { z: 10, x: 521, y: 345 }

/** CRS84 longitude and latitude of a position inside TILE, in tile units (0..4096, y down). */
function at(unitX: number, unitY: number): [number, number] {
  const tiles = 2 ** TILE.z
  const lon = ((TILE.x + unitX / 4096) / tiles) * 360 - 180
  const mercatorY = Math.PI * (1 - (2 * (TILE.y + unitY / 4096)) / tiles)
  return [lon, (Math.atan(Math.sinh(mercatorY)) * 180) / Math.PI]
}

const feature = (geometry: Feature['geometry'], properties: Feature['properties']): Feature => ({
  type: 'Feature',
  geometry,
  properties,
})

// Crosses the east edge of the tile: only the part within the tile and its 64-unit buffer is kept.
const square = feature(
  {
    type: 'Polygon',
    coordinates: [[at(3000, 1000), at(5000, 1000), at(5000, 2000), at(3000, 2000), at(3000, 1000)]],
  },
  { id: 'synthetic-square', nom: 'Carré', surface: 12.5, protege: true, vide: null },
)
const point = feature({ type: 'Point', coordinates: at(2048, 2048) }, { id: 'synthetic-point' })
const farLine = feature({ type: 'LineString', coordinates: [at(9000, 9000), at(9500, 9500)] }, { id: 'far' })
// Smaller than a tile unit: snapping collapses it to zero area, and MVT polygons must have an area.
const speck = feature(
  { type: 'Polygon', coordinates: [[at(100, 100), at(100.2, 100), at(100.2, 100.2), at(100, 100)]] },
  { id: 'synthetic-speck' },
)

function decode(tile: Uint8Array) {
  const layer = new VectorTile(new PbfReader(tile)).layers.synthetic
  if (!layer) throw new Error('no layer "synthetic"')
  const features = Array.from({ length: layer.length }, (_, index) => layer.feature(index))
  return { layer, features, byId: (id: string) => features.find((item) => item.properties.id === id) }
}

describe('encodeTile (fallback encoder)', () => {
  it('writes one MVT 2 layer of extent 4096 named as asked', () => {
    const { layer } = decode(encodeTile('synthetic', [point], TILE))
    expect(layer.version).toBe(2)
    expect(layer.extent).toBe(4096)
    expect(layer.name).toBe('synthetic')
  })

  it('clips a polygon to the tile and its buffer, keeping its tags but not null ones', () => {
    const { byId } = decode(encodeTile('synthetic', [square], TILE))
    const clipped = byId('synthetic-square')
    expect(clipped?.type).toBe(3)
    expect(clipped?.properties).toEqual({
      id: 'synthetic-square',
      nom: 'Carré',
      surface: 12.5,
      protege: true,
    })
    const xs =
      clipped
        ?.loadGeometry()
        .flat()
        .map((vertex) => vertex.x) ?? []
    expect(Math.min(...xs)).toBe(3000)
    expect(Math.max(...xs)).toBe(4096 + 64)
  })

  it('places a point on the grid and leaves out what lies off the tile or collapses', () => {
    const { features, byId } = decode(encodeTile('synthetic', [point, farLine, speck], TILE))
    expect(features.map((item) => item.properties.id)).toEqual(['synthetic-point'])
    const [vertex] = byId('synthetic-point')?.loadGeometry().flat() ?? []
    expect(vertex?.x).toBeCloseTo(2048, -1)
    expect(vertex?.y).toBeCloseTo(2048, -1)
  })

  it('returns an empty array when no feature reaches the tile', () => {
    expect(encodeTile('synthetic', [], TILE)).toHaveLength(0)
    expect(encodeTile('synthetic', [farLine], TILE)).toHaveLength(0)
  })
})
