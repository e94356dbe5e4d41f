import type { Geometry } from '@heritage-watch/shared'

/** West, south, east, north in degrees (CRS84). */
export type BoundingBox = [number, number, number, number]

type Positions = number[] | Positions[]

function extend(box: BoundingBox, positions: Positions): void {
  if (typeof positions[0] === 'number') {
    const [lon, lat] = positions as number[]
    if (lon === undefined || lat === undefined) return
    box[0] = Math.min(box[0], lon)
    box[1] = Math.min(box[1], lat)
    box[2] = Math.max(box[2], lon)
    box[3] = Math.max(box[3], lat)
    return
  }
  for (const inner of positions as Positions[]) extend(box, inner)
}

/**
 * The bounding box of a GeoJSON geometry, to fit the map to a feature.
 * @returns undefined for a missing or empty geometry
 */
export function geometryBoundingBox(geometry: Geometry | null): BoundingBox | undefined {
  if (!geometry) return undefined
  const box: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity]
  extend(box, geometry.coordinates as Positions)
  return Number.isFinite(box[0]) ? box : undefined
}
