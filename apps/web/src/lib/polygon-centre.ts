import type { Geometry } from '@heritage-watch/shared'

type Ring = number[][]

/** Twice the signed area of a ring and its area-weighted centre (shoelace formula, planar degrees). */
function ringMoments(ring: Ring): { area: number; x: number; y: number } {
  let area = 0
  let x = 0
  let y = 0
  for (let index = 0; index < ring.length - 1; index += 1) {
    const [x0 = 0, y0 = 0] = ring[index] ?? []
    const [x1 = 0, y1 = 0] = ring[index + 1] ?? []
    const cross = x0 * y1 - x1 * y0
    area += cross
    x += (x0 + x1) * cross
    y += (y0 + y1) * cross
  }
  return { area, x, y }
}

/**
 * A point to mark a polygon with: the area-weighted centroid of its largest part's outer ring (the
 * vertex average when that ring has no area). Buildings are small, so planar degrees are accurate enough.
 * @returns [longitude, latitude], the point itself for a point, undefined for other or missing geometries
 */
export function polygonCentre(geometry: Geometry | null): [number, number] | undefined {
  if (!geometry) return undefined
  if (geometry.type === 'Point') return [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0]
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : []
  let best: { ring: Ring; moments: ReturnType<typeof ringMoments> } | undefined
  for (const polygon of polygons) {
    const ring = polygon[0]
    if (!ring || ring.length === 0) continue
    const moments = ringMoments(ring)
    if (!best || Math.abs(moments.area) > Math.abs(best.moments.area)) best = { ring, moments }
  }
  if (!best) return undefined
  const { ring, moments } = best
  if (moments.area !== 0) return [moments.x / (3 * moments.area), moments.y / (3 * moments.area)]
  // A closed ring repeats its first vertex: average the others.
  const vertices = ring.length > 1 ? ring.slice(0, -1) : ring
  let x = 0
  let y = 0
  for (const [vx = 0, vy = 0] of vertices) {
    x += vx
    y += vy
  }
  return [x / vertices.length, y / vertices.length]
}
