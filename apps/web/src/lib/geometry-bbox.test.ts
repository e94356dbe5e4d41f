import { describe, expect, it } from 'vitest'
import { geometryBoundingBox } from './geometry-bbox.ts'

describe('geometryBoundingBox', () => {
  it('is the point itself for a point', () => {
    expect(geometryBoundingBox({ type: 'Point', coordinates: [2.9, 50.4] })).toEqual([2.9, 50.4, 2.9, 50.4])
  })

  it('covers every ring of every polygon of a multipolygon', () => {
    const ring = (x: number, y: number) => [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y],
    ]
    expect(
      geometryBoundingBox({
        type: 'MultiPolygon',
        coordinates: [[ring(2, 50)], [ring(3.5, 49.5), ring(3.6, 49.6)]],
      }),
    ).toEqual([2, 49.5, 4.6, 51])
  })

  it('is undefined for a missing or empty geometry', () => {
    expect(geometryBoundingBox(null)).toBeUndefined()
    expect(geometryBoundingBox({ type: 'MultiLineString', coordinates: [] })).toBeUndefined()
  })
})
