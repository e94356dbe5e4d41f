import {
  EPSG_3857,
  type TileMatrixLimits,
  type TileMatrixSet,
  TileMatrixSetSchema,
  WEB_MERCATOR_QUAD,
  WEB_MERCATOR_QUAD_URI,
} from '@heritage-watch/shared'

// The WebMercatorQuad tile matrix set as the OGC 2D TMS standard 2.0 (annex D.1) defines it, and the
// limits of a tileset within it. Its rows and columns are exactly the {y} and {x} of the slippy-map
// URLs /tiles/{collectionId}/{z}/{x}/{y}, which is why both URLs can serve the same tile.

/** Half the side of the EPSG:3857 square, in metres. */
const HALF_WORLD_METRES = 20037508.3427892
const TILE_PIXELS = 256
/** The "standardized rendering pixel size" of OGC scale denominators: 0.28 mm. */
const STANDARD_PIXEL_METRES = 0.00028
/** The standard's definition goes down to matrix 24. */
const LAST_MATRIX = 24
const MAX_LATITUDE = 85.0511287798066

/**
 * The WebMercatorQuad definition (OGC 17-083r4, annex D.1), checked against the shared schema.
 * @example webMercatorQuad().tileMatrices[0].scaleDenominator // ≈ 559082264.03
 */
export function webMercatorQuad(): TileMatrixSet {
  const tileMatrices = Array.from({ length: LAST_MATRIX + 1 }, (_, zoom) => {
    const cellSize = (2 * HALF_WORLD_METRES) / TILE_PIXELS / 2 ** zoom
    return {
      id: String(zoom),
      scaleDenominator: cellSize / STANDARD_PIXEL_METRES,
      cellSize,
      cornerOfOrigin: 'topLeft' as const,
      pointOfOrigin: [-HALF_WORLD_METRES, HALF_WORLD_METRES] as [number, number],
      tileWidth: TILE_PIXELS,
      tileHeight: TILE_PIXELS,
      matrixWidth: 2 ** zoom,
      matrixHeight: 2 ** zoom,
    }
  })
  return TileMatrixSetSchema.parse({
    id: WEB_MERCATOR_QUAD,
    title: 'Google Maps Compatible for the World',
    uri: WEB_MERCATOR_QUAD_URI,
    crs: EPSG_3857,
    orderedAxes: ['X', 'Y'],
    wellKnownScaleSet: 'http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible',
    tileMatrices,
  })
}

/** The column of a longitude at a zoom, kept inside the grid. */
function column(longitude: number, zoom: number): number {
  const count = 2 ** zoom
  return Math.min(count - 1, Math.max(0, Math.floor(((longitude + 180) / 360) * count)))
}

/** The row of a latitude at a zoom (rows count from the north), kept inside the grid. */
function row(latitude: number, zoom: number): number {
  const count = 2 ** zoom
  const clamped = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)) * Math.PI) / 180
  const y = (1 - Math.log(Math.tan(clamped) + 1 / Math.cos(clamped)) / Math.PI) / 2
  return Math.min(count - 1, Math.max(0, Math.floor(y * count)))
}

/**
 * The tiles that hold data at each matrix from minzoom to maxzoom: those the CRS84 extent touches.
 * @param bbox the data's CRS84 extent, or null for a collection without geometry (then the whole grid)
 * @example tileMatrixLimits([2.5, 50.3, 3.6, 50.6], 0, 1) // [{ tileMatrix: '0', … }, { tileMatrix: '1', … }]
 */
export function tileMatrixLimits(
  bbox: [number, number, number, number] | null,
  minzoom: number,
  maxzoom: number,
): TileMatrixLimits[] {
  const [west, south, east, north] = bbox ?? [-180, -MAX_LATITUDE, 180, MAX_LATITUDE]
  const limits: TileMatrixLimits[] = []
  for (let zoom = minzoom; zoom <= maxzoom; zoom++) {
    limits.push({
      tileMatrix: String(zoom),
      minTileRow: row(north, zoom),
      maxTileRow: row(south, zoom),
      minTileCol: column(west, zoom),
      maxTileCol: column(east, zoom),
    })
  }
  return limits
}
