import { INDICATOR_POLYGON_MAX_POSITIONS } from '@heritage-watch/shared'
import kinks from '@turf/kinks'
import { describe, expect, it } from 'vitest'
import { prepareIndicatorPolygon } from './indicator-polygon.ts'
import type { LonLat } from './report-zone.ts'

// Corners around the centre of Lens, in click order.
const A: LonLat = [2.82, 50.425]
const B: LonLat = [2.84, 50.425]
const C: LonLat = [2.84, 50.437]
const D: LonLat = [2.82, 50.437]

/** A circle of `count` vertices around Lens (synthetic: a drawing with many more clicks than anyone makes). */
const circle = (count: number): LonLat[] =>
  Array.from({ length: count }, (_, index) => {
    const angle = (2 * Math.PI * index) / count
    return [2.83 + 0.02 * Math.cos(angle), 50.43 + 0.013 * Math.sin(angle)]
  })

describe('prepareIndicatorPolygon', () => {
  it('closes the ring: its last position repeats the first', () => {
    expect(prepareIndicatorPolygon([A, B, C, D])).toEqual({
      ok: true,
      polygon: { type: 'Polygon', coordinates: [[A, B, C, D, A]] },
    })
  })

  it('rounds positions to six decimals and drops a vertex the rounding joins to the one before', () => {
    const prepared = prepareIndicatorPolygon([[2.820000012, 50.4250000049], [2.82000004, 50.425], B, C])
    expect(prepared).toEqual({ ok: true, polygon: { type: 'Polygon', coordinates: [[A, B, C, A]] } })
  })

  it('refuses fewer than three distinct vertices', () => {
    expect(prepareIndicatorPolygon([A, B])).toEqual({ ok: false, reason: 'too-few' })
    expect(prepareIndicatorPolygon([A, B, [2.8200000001, 50.425]])).toEqual({ ok: false, reason: 'too-few' })
  })

  it('refuses a ring that crosses itself (a bow tie)', () => {
    expect(prepareIndicatorPolygon([A, C, B, D])).toEqual({ ok: false, reason: 'self-crossing' })
  })

  it('leaves a ring within the limit as drawn', () => {
    const prepared = prepareIndicatorPolygon(circle(400))
    expect(prepared.ok && prepared.polygon.coordinates[0]).toHaveLength(401)
  })

  it('simplifies a ring of too many positions to the API limit, without making it cross itself', () => {
    const prepared = prepareIndicatorPolygon(circle(3000))
    if (!prepared.ok) throw new Error(`refused: ${prepared.reason}`)
    const ring = prepared.polygon.coordinates[0]!
    expect(ring.length).toBeLessThanOrEqual(INDICATOR_POLYGON_MAX_POSITIONS)
    expect(ring.length).toBeGreaterThan(20)
    expect(ring.at(-1)).toEqual(ring[0])
    expect(kinks(prepared.polygon).features).toEqual([])
  })
})
