import { describe, expect, it } from 'vitest'
import { polygonCentre } from './polygon-centre.ts'

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
]

describe('polygonCentre', () => {
  it('is the centre of a square, whatever the ring direction', () => {
    expect(polygonCentre({ type: 'Polygon', coordinates: [square(2, 50, 2)] })).toEqual([3, 51])
    expect(polygonCentre({ type: 'Polygon', coordinates: [square(2, 50, 2).reverse()] })).toEqual([3, 51])
  })

  it('marks the largest part of a multipolygon', () => {
    const centre = polygonCentre({
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 1)], [square(10, 10, 4)]],
    })
    expect(centre).toEqual([12, 12])
  })

  it('is the point itself for a point, undefined for lines and missing geometries', () => {
    expect(polygonCentre({ type: 'Point', coordinates: [2.9, 50.4] })).toEqual([2.9, 50.4])
    expect(
      polygonCentre({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toBeUndefined()
    expect(polygonCentre(null)).toBeUndefined()
  })

  it('falls back to the vertex average for a ring without area', () => {
    const flat = [
      [0, 0],
      [2, 0],
      [4, 0],
      [0, 0],
    ]
    expect(polygonCentre({ type: 'Polygon', coordinates: [flat] })).toEqual([2, 0])
  })
})
