import { describe, expect, it } from 'vitest'
import { tileMatrixLimits, webMercatorQuad } from './tile-matrix-set.ts'

describe('webMercatorQuad', () => {
  it('halves the cell size from one matrix to the next, from 156543.03 m at matrix 0', () => {
    const { tileMatrices } = webMercatorQuad()
    expect(tileMatrices[0]?.cellSize).toBeCloseTo(156543.033928041, 6)
    expect(tileMatrices[24]?.cellSize).toBeCloseTo(156543.033928041 / 2 ** 24, 9)
    expect(tileMatrices[10]).toMatchObject({ matrixWidth: 1024, matrixHeight: 1024, tileWidth: 256 })
  })
})

describe('tileMatrixLimits', () => {
  it('gives the tiles a CRS84 box touches, rows counted from the north', () => {
    // Synthetic box around Lewarde (3.1722 E, 50.3319 N), whose z=14 tile is x 8336, y 5532.
    const [limit] = tileMatrixLimits([3.171, 50.3315, 3.173, 50.334], 14, 14)
    expect(limit).toEqual({
      tileMatrix: '14',
      minTileCol: 8336,
      maxTileCol: 8336,
      minTileRow: 5532,
      maxTileRow: 5532,
    })
  })

  it('covers the whole grid of each matrix for a collection without geometry', () => {
    expect(tileMatrixLimits(null, 0, 2)).toEqual([
      { tileMatrix: '0', minTileRow: 0, maxTileRow: 0, minTileCol: 0, maxTileCol: 0 },
      { tileMatrix: '1', minTileRow: 0, maxTileRow: 1, minTileCol: 0, maxTileCol: 1 },
      { tileMatrix: '2', minTileRow: 0, maxTileRow: 3, minTileCol: 0, maxTileCol: 3 },
    ])
  })

  it('keeps the antimeridian and the poles inside the grid', () => {
    const [limit] = tileMatrixLimits([-180, -90, 180, 90], 3, 3)
    expect(limit).toEqual({ tileMatrix: '3', minTileRow: 0, maxTileRow: 7, minTileCol: 0, maxTileCol: 7 })
  })
})
