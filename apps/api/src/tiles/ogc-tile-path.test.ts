import { describe, expect, it } from 'vitest'
import { NotFoundError, ValidationError } from '../errors.ts'
import { readOgcTile } from './ogc-tile-path.ts'

const path = (tileMatrix: string, tileRow: string, tileCol: string, tileMatrixSetId = 'WebMercatorQuad') => ({
  collectionId: 'terrils',
  tileMatrixSetId,
  tileMatrix,
  tileRow,
  tileCol,
})
const LIMITS = [{ tileMatrix: '3', minTileRow: 2, maxTileRow: 2, minTileCol: 4, maxTileCol: 4 }]

describe('readOgcTile', () => {
  it('maps matrix, row and column to z, y and x', () => {
    expect(readOgcTile(path('3', '2', '4')).coordinates).toEqual({ z: 3, x: 4, y: 2 })
  })

  it('names every parameter that is not a whole number', () => {
    try {
      readOgcTile(path('-1', '02', '1.5'))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).invalidParams.map((param) => param.name)).toEqual([
        'tileMatrix',
        'tileRow',
        'tileCol',
      ])
    }
  })

  it('refuses another tile matrix set and a tile outside the limits with a 404', () => {
    expect(() => readOgcTile(path('3', '2', '4', 'WorldCRS84Quad'))).toThrow(NotFoundError)
    expect(() => readOgcTile(path('3', '2', '4')).within(LIMITS)).not.toThrow()
    expect(() => readOgcTile(path('3', '2', '5')).within(LIMITS)).toThrow(NotFoundError)
    expect(() => readOgcTile(path('4', '2', '4')).within(LIMITS)).toThrow(NotFoundError)
  })
})
