import { describe, expect, it } from 'vitest'
import {
  EMPTY_ZONE,
  type LonLat,
  type ZoneAction,
  zoneGeometry,
  zoneReducer,
  zoneRing,
  type ZoneState,
  zoneToGeoJson,
} from './report-zone.ts'

// Four corners around the Fosse Delloye (Lewarde), in click order.
const A: LonLat = [3.1655, 50.3415]
const B: LonLat = [3.1715, 50.3415]
const C: LonLat = [3.1715, 50.3445]
const D: LonLat = [3.1655, 50.3445]

const run = (...actions: ZoneAction[]): ZoneState => actions.reduce(zoneReducer, EMPTY_ZONE)
const add = (vertex: LonLat): ZoneAction => ({ type: 'add', vertex })

describe('zoneReducer', () => {
  it('adds vertices in click order and leaves out a position already in the zone', () => {
    expect(run(add(A), add(B), add(B), add(C), add(A)).vertices).toEqual([A, B, C])
  })

  it('finishes only with at least three vertices', () => {
    expect(run(add(A), add(B), { type: 'finish' }).closed).toBe(false)
    expect(run(add(A), add(B), add(C), { type: 'finish' }).closed).toBe(true)
  })

  it('takes no vertex once finished', () => {
    expect(run(add(A), add(B), add(C), { type: 'finish' }, add(D)).vertices).toEqual([A, B, C])
  })

  it('undoes the last vertex, reopening a finished zone, and does nothing on an empty one', () => {
    expect(run(add(A), add(B), add(C), { type: 'finish' }, { type: 'undo' })).toEqual({
      vertices: [A, B],
      closed: false,
    })
    expect(run({ type: 'undo' })).toBe(EMPTY_ZONE)
  })

  it('clears everything', () => {
    expect(run(add(A), add(B), add(C), { type: 'finish' }, { type: 'clear' })).toEqual(EMPTY_ZONE)
  })
})

describe('zoneRing', () => {
  it('closes the ring by repeating the first vertex', () => {
    expect(zoneRing([A, B, C, D])).toEqual([A, B, C, D, A])
  })

  it('is null below three vertices', () => {
    expect(zoneRing([])).toBeNull()
    expect(zoneRing([A, B])).toBeNull()
  })
})

describe('zoneGeometry', () => {
  it('is the finished zone as a closed GeoJSON polygon', () => {
    expect(zoneGeometry(run(add(A), add(B), add(C), add(D), { type: 'finish' }))).toEqual({
      type: 'Polygon',
      coordinates: [[A, B, C, D, A]],
    })
  })

  it('is null while the zone is being drawn, even with enough vertices', () => {
    expect(zoneGeometry(run(add(A), add(B), add(C)))).toBeNull()
  })
})

describe('zoneToGeoJson', () => {
  const parts = (zone: ZoneState) =>
    zoneToGeoJson(zone).features.map((feature) => [feature.properties?.part, feature.geometry.type])

  it('draws nothing for an empty zone', () => {
    expect(zoneToGeoJson(EMPTY_ZONE).features).toEqual([])
  })

  it('draws one vertex, then a side, then an area under the vertices', () => {
    expect(parts(run(add(A)))).toEqual([['vertex', 'Point']])
    expect(parts(run(add(A), add(B)))).toEqual([
      ['outline', 'LineString'],
      ['vertex', 'Point'],
      ['vertex', 'Point'],
    ])
    expect(parts(run(add(A), add(B), add(C)))).toEqual([
      ['area', 'Polygon'],
      ['vertex', 'Point'],
      ['vertex', 'Point'],
      ['vertex', 'Point'],
    ])
  })

  it('says whether the area is finished', () => {
    const open = run(add(A), add(B), add(C))
    expect(zoneToGeoJson(open).features[0]?.properties).toEqual({ part: 'area', closed: false })
    expect(zoneToGeoJson(zoneReducer(open, { type: 'finish' })).features[0]?.properties).toEqual({
      part: 'area',
      closed: true,
    })
  })
})
