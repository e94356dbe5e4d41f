import type { Feature } from 'geojson'
import GeoJSONVT, { type LegacyFeature } from 'geojson-vt'
import vtPbf from 'vt-pbf'
import { TILE_BUFFER, TILE_EXTENT } from './tile-grid.ts'

// The tile encoder for databases whose PostGIS has no ST_AsMVT (the embedded PGlite). It makes what
// ST_AsMVTGeom + ST_AsMVT make on a server: clipped to the tile plus its buffer, snapped to the integer
// grid, exterior rings clockwise (MVT 2.1), one layer. The caller hands it features already simplified
// the way ST_AsMVTGeom simplifies (the SQL does it with the same PostGIS functions), so geojson-vt is
// asked for no simplification of its own: at its maxZoom it would not simplify anyway, and its
// small-ring rule differs from PostGIS's.

type Ring = [number, number][]

function ringArea(ring: Ring): number {
  let twiceArea = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j] ?? [0, 0]
    const [x2, y2] = ring[i] ?? [0, 0]
    twiceArea += x1 * y2 - x2 * y1
  }
  return twiceArea / 2
}

const hasLength = (line: Ring) => line.some(([x, y]) => x !== line[0]?.[0] || y !== line[0]?.[1])

/**
 * Leaves out the parts that snapping to the grid collapsed: rings of zero area and lines reduced to one
 * point. ST_AsMVTGeom drops them too (an MVT polygon ring must have an area), so the engines agree.
 */
function withoutCollapsedParts(feature: LegacyFeature): LegacyFeature | undefined {
  if (feature.type === 1) return feature
  const parts = feature.geometry.filter((part) =>
    feature.type === 3 ? ringArea(part) !== 0 : hasLength(part),
  )
  return parts.length > 0 ? { ...feature, geometry: parts } : undefined
}

/**
 * Encodes features as one Mapbox Vector Tile (spec 2.1) layer with geojson-vt and vt-pbf.
 * @param layerName the MVT layer's name (the collection id)
 * @param features GeoJSON features in CRS84; their properties become the MVT feature's tags
 * @param tile the tile's coordinates
 * @returns the encoded tile, or an empty array when no feature reaches the tile
 * @example encodeTile('terrils', features, { z: 14, x: 8318, y: 5525 })
 */
export function encodeTile(
  layerName: string,
  features: Feature[],
  tile: { z: number; x: number; y: number },
): Uint8Array {
  if (features.length === 0) return new Uint8Array(0)
  // One index for just this request's features: maxZoom = z keeps full precision down to the tile, and
  // indexMaxZoom 0 lets getTile cut only the tiles on the way to this one instead of a whole pyramid.
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features },
    { maxZoom: tile.z, indexMaxZoom: 0, tolerance: 0, extent: TILE_EXTENT, buffer: TILE_BUFFER },
  )
  const sliced = index.getTile(tile.z, tile.x, tile.y)
  const kept = (sliced?.features ?? []).flatMap((feature) => withoutCollapsedParts(feature) ?? [])
  if (kept.length === 0) return new Uint8Array(0)
  return vtPbf.fromGeojsonVt({ [layerName]: { features: kept } }, { version: 2, extent: TILE_EXTENT })
}
